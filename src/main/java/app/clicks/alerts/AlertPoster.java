package app.clicks.alerts;

/**
 * Posts alerts where the workspace wants them (Slack implements it; Teams later). It answers with what the
 * destination did; an exception it throws counts as {@link AlertPostOutcome.Unclear} (never posted again).
 */
public interface AlertPoster {

  AlertPostOutcome post(AlertMessage message);
}
