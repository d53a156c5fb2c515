-- Click store: records, per-day sync state, wolkvox call counts and the shared in-flight gate.
-- Portable SQL: the same file runs on PostgreSQL and on H2 in PostgreSQL mode (DAY and HOUR are H2 keywords,
-- hence local_day and local_hour). Instants are epoch milliseconds (BIGINT): exact, zone-free, cheap to compare.

-- One row per click record. local_day = the report-timezone day the record is filed under (a fetch replaces
-- exactly its days); ts = the record's instant (start of local_day when wolkvox sent an unreadable date);
-- local_hour = hour of day in the report timezone (NULL when the date was unreadable); raw_date as wolkvox sent it;
-- chat_hash = report.Hash64 of chat_id (NULL when empty), so that COUNT(DISTINCT) runs on 8-byte numbers.
CREATE TABLE click_record (
  server_id   VARCHAR(32) NOT NULL,
  local_day   DATE        NOT NULL,
  ts          BIGINT      NOT NULL,
  local_hour  SMALLINT,
  source_id   VARCHAR     NOT NULL,
  source_url  VARCHAR     NOT NULL,
  source_type VARCHAR     NOT NULL,
  media_type  VARCHAR     NOT NULL,
  media_url   VARCHAR     NOT NULL,
  chat_id     VARCHAR     NOT NULL,
  chat_hash   BIGINT,
  rp_id       VARCHAR     NOT NULL,
  agent_id    VARCHAR     NOT NULL,
  cod_act     VARCHAR     NOT NULL,
  raw_date    VARCHAR     NOT NULL
);
CREATE INDEX click_record_server_ts ON click_record (server_id, ts);
CREATE INDEX click_record_server_day ON click_record (server_id, local_day);

-- Per-day aggregates of click_record, written in the transaction that replaces a day, so that a month's summary
-- adds up a few thousand rows instead of scanning every click. dim: c = clicks, w = without agent, a = ad
-- (k = source_id with url/type/media), g = agent, r = routing point, o = outcome (cod_act), h = hour of day.
CREATE TABLE click_day_total (
  server_id  VARCHAR(32) NOT NULL,
  local_day  DATE        NOT NULL,
  dim        CHAR(1)     NOT NULL,
  k          VARCHAR     NOT NULL,
  url        VARCHAR     NOT NULL,
  stype      VARCHAR     NOT NULL,
  media      VARCHAR     NOT NULL,
  clicks     BIGINT      NOT NULL
);
CREATE INDEX click_day_total_server_day ON click_day_total (server_id, local_day);

-- The distinct chat hashes of each day, sorted, 8 bytes each (big-endian), at most 50,000 a part: a month's
-- distinct chats are the union of its days' sets, read without touching click_record.
CREATE TABLE click_day_chats (
  server_id VARCHAR(32) NOT NULL,
  local_day DATE        NOT NULL,
  part      INTEGER     NOT NULL,
  hashes    BYTEA       NOT NULL,
  PRIMARY KEY (server_id, local_day, part)
);

-- Sync state of (server, day): when it was last fetched successfully (NULL = never).
-- Locked FOR UPDATE while a fetch replaces the day.
CREATE TABLE click_sync_day (
  server_id  VARCHAR(32) NOT NULL,
  local_day  DATE        NOT NULL,
  fetched_at BIGINT,
  PRIMARY KEY (server_id, local_day)
);

-- wolkvox HTTP requests made by the bot, per server and report-timezone day.
CREATE TABLE wolkvox_call_count (
  server_id VARCHAR(32) NOT NULL,
  local_day DATE        NOT NULL,
  calls     INTEGER     NOT NULL,
  PRIMARY KEY (server_id, local_day)
);

-- Leased in-flight slots per server, shared by every process on the database. holder NULL = free;
-- a lease past lease_until (epoch ms) belongs to a process that died and may be taken over.
CREATE TABLE wolkvox_gate_slot (
  server_id   VARCHAR(32) NOT NULL,
  slot        INTEGER     NOT NULL,
  holder      VARCHAR(64),
  lease_until BIGINT,
  PRIMARY KEY (server_id, slot)
);
