-- The digest's chart (issue 13 §1): a second post, a PNG file shared into the digest's thread, with its own state
-- in the delivery log so that a digest gets exactly one chart, also after retries and restarts. Plain SQL that H2
-- (PostgreSQL mode) and PostgreSQL both run.
--   chart_state: NULL (not tried yet) | UPLOADING (the file goes up; nothing is shared yet: a run that died here
--   is taken over once chart_updated_at is stale) | SHARING (files.completeUploadExternal asked: never again) |
--   POSTED | UNKNOWN (no answer while sharing: never again) | RETRYABLE | FAILED
--   chart_attempts: the chart claim's generation

ALTER TABLE digest_delivery ADD COLUMN chart_state VARCHAR(16) NULL;
ALTER TABLE digest_delivery ADD COLUMN chart_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE digest_delivery ADD COLUMN chart_updated_at TIMESTAMP WITH TIME ZONE NULL;
ALTER TABLE digest_delivery ADD COLUMN chart_file_id VARCHAR(32) NULL;
ALTER TABLE digest_delivery ADD COLUMN chart_detail VARCHAR(200) NULL;
