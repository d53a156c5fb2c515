-- The wolkvox directory (issue 11 §1): each server's agents, routing points and activity codes as last read from
-- information.php, shared by every instance, and the state of each list's daily refresh. Portable SQL, as V1.

-- One row per entry of a list. list_name = information.php's api (agents | routing_points | activity_codes);
-- entry_key = the id trimmed, upper-cased for activity codes (they match without regard to case); entry_id = the
-- id as wolkvox wrote it, trimmed; entry_name = the name (the description of a code), NULL when empty or blank.
-- enabled is set for agents, hit and type_code for activity codes.
CREATE TABLE wolkvox_directory_entry (
  server_id  VARCHAR(32) NOT NULL,
  list_name  VARCHAR(16) NOT NULL,
  entry_key  VARCHAR     NOT NULL,
  entry_id   VARCHAR     NOT NULL,
  entry_name VARCHAR,
  enabled    BOOLEAN,
  hit        BOOLEAN,
  type_code  VARCHAR(32),
  PRIMARY KEY (server_id, list_name, entry_key)
);

-- The refresh state of each (server, list), locked FOR UPDATE while a refresh runs, so that instances take turns.
-- read_day = report-timezone day of the last daily read (tried, whatever came of it); extra_day = the day whose one
-- extra read (for an id the list did not know) was used. last_read_at = last successful read (epoch ms, NULL =
-- never); last_tried_at = last read tried; last_error = why it failed (NULL when it succeeded), with its kind.
CREATE TABLE wolkvox_directory_state (
  server_id       VARCHAR(32)  NOT NULL,
  list_name       VARCHAR(16)  NOT NULL,
  read_day        DATE,
  extra_day       DATE,
  last_read_at    BIGINT,
  last_tried_at   BIGINT,
  last_error      VARCHAR(400),
  last_error_kind VARCHAR(32),
  PRIMARY KEY (server_id, list_name)
);
