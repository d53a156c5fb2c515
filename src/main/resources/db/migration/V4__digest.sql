-- The daily digest: one schedule per workspace (with its last run's result, for the App Home),
-- and the delivery log that makes each day's digest go out at most once across instances.

CREATE TABLE digest_schedule (
  enterprise_id    VARCHAR(64)  NOT NULL DEFAULT '',
  team_id          VARCHAR(64)  NOT NULL,
  channel_id       VARCHAR(64)  NOT NULL,
  local_time       VARCHAR(8)   NOT NULL,   -- HH:mm or HH:mm:ss in the zone below
  days             VARCHAR(32)  NOT NULL,   -- MON,TUE,... (ISO order)
  zone             VARCHAR(64)  NOT NULL,   -- the workspace's report timezone, e.g. America/Bogota
  empty_policy     VARCHAR(16)  NOT NULL,   -- POST_NOTE | SKIP
  enabled          BOOLEAN      NOT NULL,
  changed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
  last_run_at      TIMESTAMP WITH TIME ZONE NULL,
  last_run_day     DATE         NULL,
  last_run_outcome VARCHAR(32)  NULL,
  last_run_key     VARCHAR(64)  NULL,       -- message key the App Home renders
  last_run_detail  VARCHAR(200) NULL,
  PRIMARY KEY (enterprise_id, team_id)
);

CREATE TABLE digest_delivery (
  enterprise_id VARCHAR(64)  NOT NULL DEFAULT '',
  team_id       VARCHAR(64)  NOT NULL,
  digest        VARCHAR(32)  NOT NULL,      -- which digest: 'daily'
  digest_day    DATE         NOT NULL,      -- the day the digest covers, in the report timezone
  state         VARCHAR(16)  NOT NULL,      -- CLAIMED | POSTED | UNKNOWN | RETRYABLE | SKIPPED | FAILED
  claimed_by    VARCHAR(200) NOT NULL,      -- scheduler instance id
  claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts      INTEGER      NOT NULL,
  message_ts    VARCHAR(32)  NULL,
  detail        VARCHAR(200) NULL,
  PRIMARY KEY (enterprise_id, team_id, digest, digest_day)
);
