package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.methods.MethodsClient;

/** Republishes a user's Home tab, for the features whose state it shows (the App Home implements it). */
@FunctionalInterface
public interface HomeTab {
  /** Publishes the Home tab of {@code userId} as it stands now; a Slack error is logged, not thrown. */
  void publish(MethodsClient client, WorkspaceKey key, String userId);
}
