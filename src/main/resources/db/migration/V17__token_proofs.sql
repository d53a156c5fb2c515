-- Isolation of stored clicks between workspaces (issue 17): stored days of a wolkvox server are served to a request
-- only while the request's own token has succeeded on that server within a day. One row per (server, token): the
-- token is never stored here, only a keyed fingerprint of it (HMAC-SHA256 under a key derived from the settings
-- encryption key), so a row says "this token worked on this server at proved_at" and nothing more.
-- Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).
CREATE TABLE wolkvox_token_proof (
  server_id  VARCHAR(32) NOT NULL,
  token_mac  VARCHAR(64) NOT NULL,
  proved_at  TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (server_id, token_mac)
);
