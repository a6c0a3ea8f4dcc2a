-- 003_event_class_index.sql - stats and reparse filter events by class and time
CREATE INDEX events_class_created ON events(class, created_at);
