-- A digest's last run is stored as its outcome (last_run_outcome, a DigestOutcome name); the App Home derives the
-- text's message key from it. last_run_key stored that derived key, which a renamed key would break, so it goes.
-- Every row so far was written with both columns; a row with a key and no outcome gets the outcome its key names
-- ('digest.outcome.not_in_channel' -> NOT_IN_CHANNEL). Plain SQL that H2 and PostgreSQL both run.

UPDATE digest_schedule
   SET last_run_outcome = UPPER(SUBSTRING(last_run_key FROM 16))
 WHERE last_run_outcome IS NULL
   AND last_run_key LIKE 'digest.outcome.%';

ALTER TABLE digest_schedule DROP COLUMN last_run_key;
