package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import java.util.Locale;
import java.util.Optional;

/** What a part of the Home tab is drawn for: the workspace, its settings, the viewing user and their language. */
public record HomeContext(
    WorkspaceKey workspace, Optional<WorkspaceSettings> settings, String userId, boolean admin, Locale locale) {

  public Texts texts() {
    return Texts.of(HomeView.BUNDLE, locale);
  }
}
