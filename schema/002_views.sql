-- 002_views.sql - reporting views (docs/reporting.md)

-- Failures per day and reason (delays, auto-replies and successes left out).
CREATE VIEW bounces_per_day AS
SELECT date(created_at) AS day, reason, class, count(*) AS events,
       count(DISTINCT address) AS addresses
FROM events
WHERE class IN ('hard', 'soft', 'block', 'complaint', 'unknown')
GROUP BY day, reason, class;

-- Per recipient domain: how many failures, and which share was hard or soft.
CREATE VIEW bounces_per_domain AS
SELECT substr(address, instr(address, '@') + 1) AS domain,
       count(*) AS events,
       sum(class = 'hard') AS hard,
       sum(class = 'soft') AS soft,
       sum(class = 'block') AS block,
       round(100.0 * sum(class = 'hard') / count(*), 1) AS hard_pct,
       round(100.0 * sum(class = 'soft') / count(*), 1) AS soft_pct
FROM events
WHERE address IS NOT NULL AND class IN ('hard', 'soft', 'block', 'complaint', 'unknown')
GROUP BY domain;

-- Sender-side refusals (our problem, not the recipient's) per remote MTA and reason.
CREATE VIEW blocks_per_mta AS
SELECT coalesce(remote_mta, '(unknown)') AS remote_mta, reason, count(*) AS events,
       min(created_at) AS first_seen, max(created_at) AS last_seen
FROM events
WHERE class = 'block'
GROUP BY 1, reason;

-- The most frequent diagnostic texts of failures.
CREATE VIEW top_diagnostics AS
SELECT diagnostic, reason, class, count(*) AS events
FROM events
WHERE diagnostic IS NOT NULL AND class IN ('hard', 'soft', 'block', 'complaint', 'unknown')
GROUP BY diagnostic, reason, class;

-- The current suppression list.
CREATE VIEW suppressed_addresses AS
SELECT address, class, reason, suppressed_at, manual, note
FROM suppressions
WHERE suppressed = 1;
