package app.clicks.slack.names;

import app.clicks.settings.JdbcWorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.FormValues;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUser;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
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
    String userId = req.getPayload().getUser().getId();
    WorkspaceKey key = Workspaces.key(ctx);
    Locale locale = Locale.ENGLISH;
    try {
      SlackUser user = users.lookup(ctx.client(), userId);
      locale = ads.locale(key, user);
      Texts t = NamesTexts.of(locale);
      if (!user.admin()) {
        LOG.warn("{} is not an admin of {}: conversion codes refused.", userId, key);
        return ctx.ackWithErrors(Map.of(NamesActions.CODES_MODE, t.get("refused")));
      }
      FormValues form = FormValues.of(req.getPayload().getView().getState().getValues());
      String mode = form.selected(NamesActions.CODES_MODE);
      if (NamesActions.MODE_HITS.equals(mode)) {
        choices.useWolkvoxHits(key);
        LOG.info("{} made wolkvox's hits the conversion codes of {}.", userId, key);
      } else if (NamesActions.MODE_CHOSEN.equals(mode)) {
        LinkedHashSet<String> codes = new LinkedHashSet<>(form.selectedAll(NamesActions.CODES_CHOSEN));
        choices.chooseConversionCodes(new JdbcWorkspaceChoices.Change(key, userId, clock.instant()), codes);
        LOG.info("{} chose {} conversion codes for {}.", userId, codes.size(), key);
      } else {
        return ctx.ackWithErrors(Map.of(NamesActions.CODES_MODE, t.get("codes.error.mode")));
      }
      try {
        executor.execute(() -> home.publish(ctx.client(), key, userId));
      } catch (RejectedExecutionException e) {
        LOG.warn("No room to republish the Home tab for {} now.", userId);
      }
      return ctx.ack();
    } catch (RuntimeException e) {
      LOG.error("Could not save the conversion codes of {}", key, e);
      return ctx.ackWithErrors(Map.of(NamesActions.CODES_MODE, NamesTexts.of(locale).get("error.save")));
    }
  }
}
