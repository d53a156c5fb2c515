package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;

/**
 * Posts alerts to one destination (Slack implements it, and Teams). It answers with what the destination did; an
 * exception it throws counts as {@link AlertPostOutcome.Unclear} (never posted again).
 */
public interface AlertPoster {
  /** No destination: reaches no workspace (a bot without Teams). */
  AlertPoster NONE = new AlertPoster() {
    @Override
    public AlertPostOutcome post(AlertMessage message) {
      return new AlertPostOutcome.Failed("not_connected");
    }

    @Override
    public boolean reaches(WorkspaceKey workspace) {
      return false;
    }
  };

  AlertPostOutcome post(AlertMessage message);

  /** Whether the workspace set this destination up (Teams: a Workflows webhook saved); Slack always is. */
  default boolean reaches(WorkspaceKey workspace) {
    return true;
  }
}
