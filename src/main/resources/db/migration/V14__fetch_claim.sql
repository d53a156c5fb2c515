-- Single-flight across instances: who is fetching which (server, day) from wolkvox right now. A request claims the
-- stale days nobody holds (holder NULL, or a lease past lease_until, epoch ms: a process that died), fetches them,
-- and frees them; a request that finds a day held by someone else waits for its sync row to change, holding no
-- connection and no lock. Kept apart from click_sync_day so that the click tables can change on their own.
CREATE TABLE click_fetch_claim (
  server_id   VARCHAR(32) NOT NULL,
  local_day   DATE        NOT NULL,
  holder      VARCHAR(64),
  lease_until BIGINT,
  PRIMARY KEY (server_id, local_day)
);
