-- Conversions by ad and by agent (issue 11 §3): per-day clicks by ad × outcome and by agent × outcome, written in
-- the transaction that replaces a day, as click_day_total, so that a month's conversions add up these rows instead
-- of scanning clicks. Portable SQL, as V1.

-- dim: a = ad (k = source_id, as wolkvox sent it), g = agent (k = agent_id, non-empty only: clicks without agent are
-- not an agent's). outcome = cod_act trimmed and upper-cased (codes match without regard to case; see
-- report.Names.key), '' when empty. Only non-zero counts are stored.
CREATE TABLE click_day_outcome (
  server_id VARCHAR(32) NOT NULL,
  local_day DATE        NOT NULL,
  dim       CHAR(1)     NOT NULL,
  k         VARCHAR     NOT NULL,
  outcome   VARCHAR     NOT NULL,
  clicks    BIGINT      NOT NULL
);
CREATE INDEX click_day_outcome_server_day ON click_day_outcome (server_id, local_day);

-- Rebuilt from the clicks already stored (a stored day is whole: a fetch replaces whole days), with no wolkvox call.
-- On a big store this scans click_record once per dimension: run it with the `migrate` command before the web
-- process starts.
INSERT INTO click_day_outcome (server_id, local_day, dim, k, outcome, clicks)
SELECT server_id, local_day, 'a', source_id, UPPER(TRIM(cod_act)), COUNT(*)
FROM click_record
GROUP BY server_id, local_day, source_id, UPPER(TRIM(cod_act));

INSERT INTO click_day_outcome (server_id, local_day, dim, k, outcome, clicks)
SELECT server_id, local_day, 'g', agent_id, UPPER(TRIM(cod_act)), COUNT(*)
FROM click_record
WHERE TRIM(agent_id) <> ''
GROUP BY server_id, local_day, agent_id, UPPER(TRIM(cod_act));
