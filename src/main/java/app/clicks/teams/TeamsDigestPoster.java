package app.clicks.teams;

import app.clicks.digest.DeliveryLog;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.PostOutcome;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoredTotals;
import jakarta.json.JsonObject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's poster when Teams may be a destination: posts to Slack first, then, when the workspace has a Workflows
 * webhook (teams_settings.digest_on is gone since V18: the subscriptions choose), the same day's card to it. Each
 * destination on its own: Teams has its own row in the digest delivery log ({@value #DIGEST}), so it is posted at most
 * once a day however often the Slack side retries, and one failing never blocks the other. "Send now" posts to both
 * without the log.
 *
 * <p>A Teams 429 is waited out a few times inline ({@link WorkflowsPoster}); a 5xx or a 429 still there leaves the
 * Teams row retryable, taken again when the digest runs again for that day (a Slack retry); an unclear answer is never
 * repeated.
 */
final class TeamsDigestPoster implements DigestPoster {
  /** The Teams digest's name in the delivery log (the Slack one is {@link DeliveryLog#DAILY}). */
  static final String DIGEST = "daily-teams";
  private static final Logger log = LoggerFactory.getLogger(TeamsDigestPoster.class);

  private final DigestPoster slack;
  private final TeamsSettingsStore teams;
  private final WorkflowsPoster poster;
  private final DeliveryLog deliveries;
  private final String instance;
  private final Clock clock;

  TeamsDigestPoster(DigestPoster slack, Teams.Wiring w, DeliveryLog deliveries, String instance) {
    this.slack = slack;
    this.teams = w.store();
    this.poster = w.poster();
    this.deliveries = deliveries;
    this.instance = instance;
    this.clock = w.clock();
  }

  @Override
  public PostOutcome postDigest(DigestMessage m) {
    try {
      return slack.postDigest(m);
    } finally {
      toTeams(m.workspace(), m.day(), m.sendNow(), LastPost.Kind.DIGEST, t -> card(m, t));
    }
  }

  @Override
  public PostOutcome postNote(DigestNote note) {
    try {
      return slack.postNote(note);
    } finally {
      toTeams(note.workspace(), note.day(), false, LastPost.Kind.NOTE, t -> TeamsCard.text(
          t.get("note.title", note.day().toString()),
          t.get(note.kind().messageKey().replace("digest.", ""), note.day().toString(), note.zone().getId())));
    }
  }

  private JsonObject card(DigestMessage m, TeamsTexts t) {
    StoredTotals totals = m.totals();
    // The run's own names and codes (read once for Slack and Teams alike) and the data's own source.
    Summary summary = Summaries.of(m.periods(), totals.current(), totals.previous(), MentionText.DEFAULT_TOP,
        new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), totals.source()), m.context());
    return TeamsCard.summary(summary, m.zone(), t);
  }

  /** Posts the day's card to Teams at most once (or at once for send-now); never throws. */
  private void toTeams(WorkspaceKey key, LocalDate day, boolean sendNow, LastPost.Kind kind,
      Function<TeamsTexts, JsonObject> card) {
    try {
      Optional<TeamsSettings> found = teams.find(key).filter(TeamsSettings::posts);
      if (found.isEmpty()) {
        return;
      }
      TeamsSettings s = found.get();
      JsonObject envelope = card.apply(TeamsTexts.of(s.language()));
      if (sendNow) {
        TeamsPostOutcome outcome = poster.post(s.webhookUrl(), envelope);
        teams.recordLastPost(key, LastPost.of(clock.instant(), kind, outcome));
        log.info("digest of {} for {} sent now to Teams: {}", key, day, outcome.result());
        return;
      }
      DeliveryLog.Claim claim = deliveries.claim(key, DIGEST, day, instance, clock.instant());
      if (!claim.claimed()) {
        log.info("digest of {} for {} in Teams already {}", key, day, claim.state());
        return;
      }
      if (!deliveries.startPosting(key, DIGEST, day, claim.attempts(), clock.instant())) {
        return;
      }
      TeamsPostOutcome outcome = poster.post(s.webhookUrl(), envelope);
      DeliveryLog.State state = switch (outcome.result()) {
        case ACCEPTED -> DeliveryLog.State.POSTED;
        case RETRY_LATER -> DeliveryLog.State.RETRYABLE;
        case UNREACHABLE -> DeliveryLog.State.RETRYABLE;
        case UNCLEAR -> DeliveryLog.State.UNKNOWN;
        case REFUSED -> DeliveryLog.State.FAILED;
      };
      String detail = outcome.result().name() + (outcome.status() == null ? "" : " " + outcome.status());
      deliveries.mark(key, DIGEST, day, claim.attempts(), state, null, detail, clock.instant());
      teams.recordLastPost(key, LastPost.of(clock.instant(), kind, outcome));
      log.info("digest of {} for {} to Teams: {}", key, day, detail);
    } catch (RuntimeException e) {
      log.error("digest of {} for {} to Teams failed", key, day, e);
    }
  }
}
