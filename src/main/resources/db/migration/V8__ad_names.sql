-- Per-workspace choices for the answers (issue 11 §2, §3): the names admins give ads (wolkvox has none), and the
-- workspace's own conversion codes. Portable SQL (PostgreSQL, and H2 in PostgreSQL mode), as V2.
-- enterprise_id is '' outside Enterprise Grid.

-- One row per named ad: ad_id = chat_14's source_id as stored, ad_name trimmed (never empty: an emptied name is
-- deleted), at most 80 characters.
CREATE TABLE workspace_ad_name (
  enterprise_id VARCHAR(32)  NOT NULL,
  team_id       VARCHAR(32)  NOT NULL,
  ad_id         VARCHAR(200) NOT NULL,
  ad_name       VARCHAR(80)  NOT NULL,
  changed_by    VARCHAR(64),
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id, ad_id)
);

-- A row here means the workspace chose its conversion codes itself (the codes are in workspace_conversion_code;
-- none at all = no conversions). No row = wolkvox's hits are the conversion codes.
CREATE TABLE workspace_conversion_choice (
  enterprise_id VARCHAR(32) NOT NULL,
  team_id       VARCHAR(32) NOT NULL,
  changed_by    VARCHAR(64),
  changed_at    TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (enterprise_id, team_id)
);

-- The chosen codes, trimmed and upper-cased (codes match chat_14's cod_act without regard to case).
CREATE TABLE workspace_conversion_code (
  enterprise_id VARCHAR(32) NOT NULL,
  team_id       VARCHAR(32) NOT NULL,
  code          VARCHAR(64) NOT NULL,
  PRIMARY KEY (enterprise_id, team_id, code),
  FOREIGN KEY (enterprise_id, team_id) REFERENCES workspace_conversion_choice (enterprise_id, team_id)
    ON DELETE CASCADE
);
