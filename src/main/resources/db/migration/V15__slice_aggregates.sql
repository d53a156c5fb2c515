-- Slices (issue 15): a digest may cover one routing point (rp_id) or one ad (source_id). So that a sliced month
-- adds up per-day values instead of scanning its clicks, each day keeps its clicks by routing point × ad × agent ×
-- outcome × hour, and which of the day's distinct chats (click_day_chats) each routing point and ad had, packed by
-- store.SlicePack into one value a day (click_text ids, chats by their position in the day's set): every dimension
-- a summary shows, for either slice. Written in the transaction that replaces a day, as click_day_total.
-- Portable SQL, as V1. The clicks already stored are packed by V15.1 (store.SliceBackfillMigration, Java).
CREATE TABLE click_day_slices (
  server_id VARCHAR(32) NOT NULL,
  local_day DATE        NOT NULL,
  part      INTEGER     NOT NULL,
  counts    BYTEA       NOT NULL,
  PRIMARY KEY (server_id, local_day, part)
);
