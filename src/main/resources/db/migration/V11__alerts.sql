-- Alerts (issue 14): a workspace's rules, where each rule stands, and the delivery log that posts each alert and
-- each "back to normal" at most once across instances. Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).

-- One row per workspace: the rules an admin set in the App Home, and how the last checks went.
CREATE TABLE alert_settings (
  enterprise_id       VARCHAR(64)  NOT NULL DEFAULT '',
  team_id             VARCHAR(64)  NOT NULL,
  channel_id          VARCHAR(64)  NOT NULL,
  hours_from          VARCHAR(5)   NOT NULL,   -- HH:mm in the zone below
  hours_to            VARCHAR(5)   NOT NULL,   -- HH:mm; at or before hours_from: through midnight (equal: 24 h)
  days                VARCHAR(32)  NOT NULL,   -- MON,TUE,... (ISO order); a window belongs to the day it starts
  zone                VARCHAR(64)  NOT NULL,   -- the workspace's report timezone when saved
  silence_on          BOOLEAN      NOT NULL,
  silence_hours       INTEGER      NOT NULL,
  drop_on             BOOLEAN      NOT NULL,
  drop_percent        INTEGER      NOT NULL,
  drop_min_clicks     INTEGER      NOT NULL,
  ad_on               BOOLEAN      NOT NULL,
  ad_min_daily        INTEGER      NOT NULL,
  ad_hours            INTEGER      NOT NULL,
  changed_by          VARCHAR(64)  NOT NULL,
  changed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
  last_check_at       TIMESTAMP WITH TIME ZONE NULL,
  last_check_outcome  VARCHAR(32)  NULL,       -- OK | WOLKVOX_FAILED | BUDGET_SPENT | NOT_CONNECTED
  failed_checks       INTEGER      NOT NULL DEFAULT 0,   -- failed checks in a row
  PRIMARY KEY (enterprise_id, team_id)
);

-- Where each rule (and, for the ad rule, each ad) stands. Every change is a compare-and-set on version.
CREATE TABLE alert_state (
  enterprise_id VARCHAR(64)  NOT NULL DEFAULT '',
  team_id       VARCHAR(64)  NOT NULL,
  rule          VARCHAR(16)  NOT NULL,      -- SILENCE | DROP | AD_STOPPED
  ad            VARCHAR(200) NOT NULL,      -- the ad's source_id for AD_STOPPED, '' otherwise
  status        VARCHAR(16)  NOT NULL,      -- QUIET | SUSPECT (silence seen once) | FIRING
  since         TIMESTAMP WITH TIME ZONE NULL,   -- when it was first seen (SUSPECT, FIRING)
  alert_day     DATE         NULL,          -- the delivery log key of the episode's alert
  alert_seq     INTEGER      NOT NULL DEFAULT 0,
  version       INTEGER      NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id, rule, ad)
);

-- The alert delivery log: one row per (workspace, rule, ad, day, n-th alert of the day, ALERT | RECOVERY), claimed
-- before anything is posted. destination '' is the workspace's Slack channel (Teams comes later).
CREATE TABLE alert_delivery (
  enterprise_id VARCHAR(64)  NOT NULL DEFAULT '',
  team_id       VARCHAR(64)  NOT NULL,
  rule          VARCHAR(16)  NOT NULL,
  ad            VARCHAR(200) NOT NULL,
  alert_day     DATE         NOT NULL,      -- the day the alert went out, in the report timezone
  seq           INTEGER      NOT NULL,      -- 1..3: the n-th alert of this rule (and ad) that day
  kind          VARCHAR(16)  NOT NULL,      -- ALERT | RECOVERY
  destination   VARCHAR(64)  NOT NULL DEFAULT '',
  state         VARCHAR(16)  NOT NULL,      -- CLAIMED | POSTING | POSTED | UNKNOWN | FAILED
  claimed_by    VARCHAR(200) NOT NULL,
  claimed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  attempts      INTEGER      NOT NULL,
  channel_id    VARCHAR(64)  NULL,
  message_ts    VARCHAR(32)  NULL,
  detail        VARCHAR(200) NULL,
  PRIMARY KEY (enterprise_id, team_id, rule, ad, alert_day, seq, kind, destination)
);
