package app.clicks.slack.names;

import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import java.time.Clock;
import java.util.concurrent.Executor;

/**
 * What the names modals' submissions share: the stores they save to, the admin check of a feature and the Home tab
 * republished afterwards.
 *
 * @param executor republishes the Home tab off Slack's 3 s window
 */
record NamesSubmission(JdbcWorkspaceChoices choices, WorkspaceAds ads, SlackUsers users, HomeTab home,
    Executor executor, Clock clock) {

  /** The admin submission of these settings ("ad names", "conversion codes"). */
  AdminSubmission.Feature feature(String what) {
    return new AdminSubmission.Feature(what, users, ads::locale, NamesTexts::of, "refused");
  }

  /** Republishes the admin's Home tab in the background. */
  void republish(AdminSubmission.Submitted s) {
    AdminSubmission.republish(home, executor, s);
  }
}
