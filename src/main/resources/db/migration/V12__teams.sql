-- Microsoft Teams (issue 16): one row per workspace that connected Teams from the Slack App Home. Both secrets are
-- sealed with the settings cipher (AES-GCM, bound to the workspace and to what they are), never stored in clear:
-- the Workflows webhook URL (it carries its own sig=...) and the Outgoing Webhook security token (base64).
-- Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).
CREATE TABLE teams_settings (
  enterprise_id      VARCHAR(64)   NOT NULL DEFAULT '',
  team_id            VARCHAR(64)   NOT NULL,
  webhook_enc        VARCHAR(4096) NULL,       -- the Workflows webhook URL, sealed; null: no posting to Teams
  outgoing_token_enc VARCHAR(1024) NULL,       -- the Outgoing Webhook security token (base64 as Teams shows it), sealed
  language           VARCHAR(16)   NOT NULL,   -- en | es | pt: the language of the cards
  digest_on          BOOLEAN       NOT NULL DEFAULT FALSE,   -- also post the daily digest to Teams
  alerts_on          BOOLEAN       NOT NULL DEFAULT FALSE,   -- also post alerts to Teams
  changed_by         VARCHAR(64)   NOT NULL,
  changed_at         TIMESTAMP WITH TIME ZONE NOT NULL,
  last_post_at       TIMESTAMP WITH TIME ZONE NULL,   -- the last card posted to the webhook (test, digest, alert)
  last_post_kind     VARCHAR(16)   NULL,       -- TEST | DIGEST | NOTE | ALERT
  last_post_outcome  VARCHAR(16)   NULL,       -- ACCEPTED | REFUSED | RETRY_LATER | UNREACHABLE | UNCLEAR
  last_post_status   INTEGER       NULL,       -- the HTTP status, when there was one
  PRIMARY KEY (enterprise_id, team_id)
);
