-- Per-workspace settings (issue 4 §3): the wolkvox connection with its token encrypted (AES-GCM, see TokenCipher),
-- the report timezone and language, and who changed them last. enterprise_id is '' outside Enterprise Grid.
CREATE TABLE workspace_settings (
  enterprise_id VARCHAR(32) NOT NULL,
  team_id VARCHAR(32) NOT NULL,
  server_id VARCHAR(32),
  token_enc VARCHAR(1024),
  zone VARCHAR(64) NOT NULL,
  language VARCHAR(16) NOT NULL,
  changed_by VARCHAR(64),
  changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id)
);
