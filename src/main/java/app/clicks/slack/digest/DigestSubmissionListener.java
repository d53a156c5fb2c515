package app.clicks.slack.digest;

import app.clicks.digest.Subscription;
import app.clicks.digest.Subscriptions;
import app.clicks.slack.common.AdminSubmission;
import app.clicks.slack.common.HomeTab;
import app.clicks.slack.common.SlackUsers;
import app.clicks.slack.common.Texts;
import com.slack.api.bolt.context.builtin.ViewSubmissionContext;
import com.slack.api.bolt.handler.builtin.ViewSubmissionHandler;
import com.slack.api.bolt.request.builtin.ViewSubmissionRequest;
import com.slack.api.bolt.response.Response;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The subscription modal's submission: checks again that the user is an admin, answers problems as field errors (a
 * format, the 21st subscription, one deleted meanwhile, what the digest refuses), saves and schedules it at once,
 * and republishes the admin's Home tab.
 */
final class DigestSubmissionListener implements ViewSubmissionHandler {
  private static final Logger LOG = LoggerFactory.getLogger(DigestSubmissionListener.class);

  private final Subscriptions subscriptions;
  private final DigestViews views;
  private final WorkspaceZones zones;
  private final SlackUsers users;
  private final HomeTab home;
  private final Executor executor;
  private final Clock clock;

  DigestSubmissionListener(Subscriptions subscriptions, DigestViews views, WorkspaceZones zones, SlackUsers users,
      HomeTab home, Executor executor, Clock clock) {
    this.subscriptions = subscriptions;
    this.views = views;
    this.zones = zones;
    this.users = users;
    this.home = home;
    this.executor = executor;
    this.clock = clock;
  }

  @Override
  public Response apply(ViewSubmissionRequest req, ViewSubmissionContext ctx) {
    AdminSubmission.Feature feature =
        new AdminSubmission.Feature("digest", users, zones::locale, DigestTexts::of, "modal.refused");
    return AdminSubmission.handle(req, ctx, feature, DigestActions.CHANNEL, s -> {
      DigestModal.Metadata shown = DigestModal.Metadata.read(s.view().getPrivateMetadata());
      ZoneId zone = shown.zone().orElseGet(() -> zones.zone(s.key()));
      DigestForm.Result form = DigestForm.read(s.view().getState().getValues(),
          new DigestForm.Owner(s.key(), shown.id(), zone, views.teams(s.key())), s.texts());
      if (!form.valid()) {
        return ctx.ackWithErrors(onShownFields(form.errors(), s.view().getState().getValues().keySet()));
      }
      String refused = refusal(form.subscription(), s.texts());
      if (refused != null) {
        return ctx.ackWithErrors(Map.of(DigestActions.CHANNEL, refused));
      }
      Subscription saved;
      try {
        saved = subscriptions.save(form.subscription(), clock.instant());
      } catch (IllegalStateException e) {
        LOG.info("{} was refused a new digest subscription of {}: {}", s.userId(), s.key(), e.getMessage());
        return ctx.ackWithErrors(Map.of(DigestActions.CHANNEL,
            s.texts().get("error.limit", Subscriptions.MAX_PER_WORKSPACE)));
      } catch (IllegalArgumentException e) {
        LOG.info("{} was refused digest subscription {} of {}: {}", s.userId(), shown.id(), s.key(), e.getMessage());
        return ctx.ackWithErrors(Map.of(DigestActions.CHANNEL, e.getMessage()));
      }
      LOG.info("{} {} digest subscription {} of {}: channel {}, {} at {} {} {} day {}, slice {}, {}, to {}, {}.",
          s.userId(), shown.id() == 0 ? "added" : "changed", saved.id(), s.key(), saved.channelId(), saved.cadence(),
          saved.time(), saved.zone(), saved.days(), saved.dayOfMonth(), saved.slice().kind(), saved.emptyPolicy(),
          saved.destinations(), saved.enabled() ? "on" : "off");
      AdminSubmission.republish(home, executor, s);
      return ctx.ack();
    });
  }

  /**
   * The errors on fields the submitted modal has: Slack refuses an answer naming another block, so an error on a day
   * field not shown (a submit before the modal was redrawn for its cadence) is shown on the cadence.
   */
  static Map<String, String> onShownFields(Map<String, String> errors, Set<String> shown) {
    Map<String, String> out = new LinkedHashMap<>();
    errors.forEach((block, text) -> out.merge(shown.contains(block) ? block : DigestActions.CADENCE, text,
        (a, b) -> a + " " + b));
    return out;
  }

  /** Why the subscription cannot be saved: a 21st, or one deleted meanwhile; null when it can. */
  private String refusal(Subscription sub, Texts t) {
    if (sub.id() == 0) {
      return subscriptions.list(sub.workspace()).size() >= Subscriptions.MAX_PER_WORKSPACE
          ? t.get("error.limit", Subscriptions.MAX_PER_WORKSPACE) : null;
    }
    return subscriptions.find(sub.workspace(), sub.id()).isEmpty() ? t.get("error.gone") : null;
  }
}
