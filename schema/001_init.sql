-- 001_init.sql - messages, events, suppressions (DESIGN.md §6)
-- Times are ISO-8601 UTC text 'YYYY-MM-DDTHH:MM:SSZ' everywhere: they sort as
-- text and sqlite's date()/julianday() read them.

-- One row per received message.  raw holds the message bytes compressed with
-- zlib (raw_encoding 'zlib'); retention may set raw to NULL and keep the row.
CREATE TABLE messages (
	id INTEGER PRIMARY KEY,
	received_at TEXT NOT NULL,
	mail_from TEXT,
	rcpt_to TEXT,              -- envelope recipients, comma separated
	client TEXT,               -- peer address of the sender (LMTP) or the import path
	message_id TEXT,           -- the bounce's own Message-ID header
	size INTEGER NOT NULL,     -- bytes before compression
	sha256 TEXT NOT NULL UNIQUE,
	kind TEXT NOT NULL,        -- dsn, scraped, arf, autoreply, none
	mta TEXT,                  -- family of the MTA that wrote the bounce
	parse_error TEXT,
	raw BLOB,
	raw_encoding TEXT          -- 'zlib' or NULL when raw was dropped
);
CREATE INDEX messages_received_at ON messages(received_at);

-- One row per record of a report (DESIGN.md §3).  msg_id refers to
-- messages.id (not to messages.message_id, the Message-ID header).
CREATE TABLE events (
	id INTEGER PRIMARY KEY,
	msg_id INTEGER NOT NULL REFERENCES messages(id) ON DELETE CASCADE,
	address TEXT,              -- lookup key: bd_address_key(recipient)
	recipient TEXT,
	original_recipient TEXT,
	action TEXT,
	status TEXT,
	reply_code TEXT,
	reason TEXT,
	class TEXT NOT NULL,
	hard_bounce INTEGER NOT NULL DEFAULT 0,
	diagnostic TEXT,
	remote_mta TEXT,
	smtp_command TEXT,
	feedback_type TEXT,
	rule TEXT,
	campaign TEXT,             -- campaign headers of the original, "Name: value" joined by "; "
	original_message_id TEXT,
	created_at TEXT NOT NULL   -- the time of the message that carried the event
);
CREATE INDEX events_address_created ON events(address, created_at);
CREATE INDEX events_msg_id ON events(msg_id);
CREATE INDEX events_created_at ON events(created_at);

-- One row per address that had a recipient-side failure (hard, soft,
-- complaint) or a manual decision.  suppressed is the answer to "may I
-- still mail this address?".
CREATE TABLE suppressions (
	address TEXT PRIMARY KEY,  -- lower-case key
	class TEXT,                -- hard, soft, complaint, manual
	reason TEXT,
	status TEXT,
	feedback_type TEXT,
	first_seen TEXT NOT NULL,
	last_seen TEXT NOT NULL,
	count INTEGER NOT NULL DEFAULT 0,      -- recipient-side events seen
	soft_count INTEGER NOT NULL DEFAULT 0, -- distinct soft-bounce days inside the window
	suppressed INTEGER NOT NULL DEFAULT 0,
	suppressed_at TEXT,
	source_event INTEGER REFERENCES events(id) ON DELETE SET NULL,
	manual INTEGER NOT NULL DEFAULT 0,     -- 1 when the current state was set by hand
	note TEXT,                 -- why (manual changes)
	changed_by TEXT,           -- who (manual changes)
	lifted_at TEXT,            -- last manual unsuppress: earlier events no longer count
	updated_at TEXT NOT NULL,  -- change time
	change_seq INTEGER NOT NULL -- monotonic change sequence for incremental sync
);
CREATE UNIQUE INDEX suppressions_change_seq ON suppressions(change_seq);
CREATE INDEX suppressions_updated_at ON suppressions(updated_at);
-- deleting events (reparse) looks up the rows that point at them
CREATE INDEX suppressions_source_event ON suppressions(source_event);

-- Every manual suppress/unsuppress: who, when, why.  Kept for audit and so
-- that reparse can replay them.
CREATE TABLE manual_changes (
	id INTEGER PRIMARY KEY,
	address TEXT NOT NULL,
	suppressed INTEGER NOT NULL,
	changed_at TEXT NOT NULL,
	changed_by TEXT,
	note TEXT
);
CREATE INDEX manual_changes_address ON manual_changes(address, changed_at);
