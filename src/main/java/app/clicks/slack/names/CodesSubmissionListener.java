package app.clicks.slack.names;

import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The conversion codes modal submitted: checks again that the user is an admin, then keeps wolkvox's hits or saves
 * the chosen codes (none chosen = no conversions), and republishes the Home tab.
 */
final class CodesSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(CodesSubmissionListener.class);

  private final JdbcWorkspaceChoices choices;
  private final WorkspaceAds ads;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  CodesSubmissionListener(JdbcWorkspaceChoices choices, WorkspaceAds ads, SlackUsers users, HomeTab home,
      Executor executor, Clock clock) {
    this.choices = choices;
    this.ads = ads;
    this.users = users;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature =
        new AdminSubmission.Feature("conversion codes", users, ads::locale, NamesTexts::of, "refused");
    return AdminSubmission.handle(req, ctx, feature, NamesActions.CODES_MODE, s -> {
      FormValues form = FormValues.of(s.view().getState().getValues());
      String mode = form.selected(NamesActions.CODES_MODE);
      if (NamesActions.MODE_HITS.equals(mode)) {
        choices.useWolkvoxHits(s.key());
        LOG.info("{} made wolkvox's hits the conversion codes of {}.", s.userId(), s.key());
      } else if (NamesActions.MODE_CHOSEN.equals(mode)) {
        LinkedHashSet<String> codes = new LinkedHashSet<>(form.selectedAll(NamesActions.CODES_CHOSEN));
        choices.chooseConversionCodes(new JdbcWorkspaceChoices.Change(s.key(), s.userId(), clock.instant()), codes);
        LOG.info("{} chose {} conversion codes for {}.", s.userId(), codes.size(), s.key());
      } else {
        return ctx.ackWithErrors(Map.of(NamesActions.CODES_MODE, s.texts().get("codes.error.mode")));
      }
      AdminSubmission.republish(home, executor, s);
      return ctx.ack();
    });
  }
}
