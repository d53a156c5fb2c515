package app.clicks.slack.teams;

/** The action, callback and block ids of the Teams section's buttons and modal. */
final class TeamsActions {
  static final String EDIT = "teams_edit";
  static final String DISCONNECT = "teams_disconnect";
  static final String MODAL = "teams_settings";
  static final String REFUSED_MODAL = "teams_refused";
  static final String WEBHOOK = "teams_webhook";
  static final String TOKEN = "teams_token";
  static final String LANGUAGE = "teams_language";

  private TeamsActions() {}
}
