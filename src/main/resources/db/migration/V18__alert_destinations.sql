-- Alerts to Microsoft Teams (issue 16): each workspace's alert rules say where alerts go, as the digest's
-- subscriptions do: SLACK (the rules' channel), TEAMS (the workspace's Workflows webhook) or BOTH. The old switch
-- teams_settings.alerts_on becomes BOTH; then it and teams_settings.digest_on (the digest's Teams destination is now
-- each subscription's) are dropped. Portable SQL (PostgreSQL, and H2 in PostgreSQL mode).
ALTER TABLE alert_settings ADD COLUMN destinations VARCHAR(8) NOT NULL DEFAULT 'SLACK';

UPDATE alert_settings SET destinations = 'BOTH'
 WHERE EXISTS (SELECT 1 FROM teams_settings t
                WHERE t.enterprise_id = alert_settings.enterprise_id
                  AND t.team_id = alert_settings.team_id
                  AND t.alerts_on = TRUE);

ALTER TABLE teams_settings DROP COLUMN alerts_on;
ALTER TABLE teams_settings DROP COLUMN digest_on;
