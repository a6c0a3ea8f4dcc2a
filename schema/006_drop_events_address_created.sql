-- 006_drop_events_address_created.sql - (address, created_at) is redundant next to
-- (address, class, created_at) of 005: every query of one address's events uses the longer
-- index (the class IN (...) of the policy history is an equality on its second column, a time
-- filter is checked on its third without reading the table).  An event costs one random index
-- page fewer to write.
DROP INDEX IF EXISTS events_address_created;
