-- 004_raw_retention_index.sql - retention finds the messages that still hold raw bytes
-- without walking the ones already pruned (a partial index: only rows with raw)
CREATE INDEX messages_raw_received ON messages(received_at) WHERE raw IS NOT NULL;
