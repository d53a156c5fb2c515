-- Multi-workspace mode (issue 17): who installed the app through "Add to Slack", and the OAuth states of installs
-- under way. Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).

-- One row per workspace the app is installed in; a re-install replaces it. The bot token is sealed with the
-- settings cipher (AES-GCM, bound to the workspace, see TokenCipher); enterprise_id is '' outside Enterprise Grid.
CREATE TABLE slack_installation (
  enterprise_id     VARCHAR(64)   NOT NULL DEFAULT '',
  team_id           VARCHAR(64)   NOT NULL,
  app_id            VARCHAR(64)   NULL,
  team_name         VARCHAR(200)  NULL,
  enterprise_name   VARCHAR(200)  NULL,
  bot_id            VARCHAR(64)   NULL,
  bot_user_id       VARCHAR(64)   NULL,
  bot_token_enc     VARCHAR(1024) NOT NULL,
  bot_scopes        VARCHAR(1000) NULL,
  installer_user_id VARCHAR(64)   NULL,
  installed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id)
);

-- The state of each install started at /slack/install: single-use (deleted when used) and valid until expires_at
-- (10 minutes), shared by every instance through the database.
CREATE TABLE slack_oauth_state (
  state      VARCHAR(64) NOT NULL PRIMARY KEY,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX slack_oauth_state_expires ON slack_oauth_state (expires_at);
