-- 005_events_soft_window_index.sql - the soft-bounce window of one address read from the index
-- alone: (address, class, created_at) holds everything the policy's query needs, so a new soft
-- bounce costs the soft bounces of its window, not one table lookup per event the address
-- ever had (which made a busy address's every bounce slower than the last)
CREATE INDEX events_address_class_created ON events(address, class, created_at);
