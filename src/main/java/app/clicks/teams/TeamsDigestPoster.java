package app.clicks.teams;

import app.clicks.digest.Cadence;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.PostOutcome;
import app.clicks.report.Slice;
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
 * The digest's Teams destination: posts a subscription's card (or note) to the workspace's Workflows webhook, for the
 * subscriptions whose destinations include Teams. The digest claims and logs the Teams delivery on its own row, apart
 * from Slack's; this poster only says what the webhook did: accepted, try later (a 429 still there after
 * {@link WorkflowsPoster}'s waits, a 5xx, unreachable), unclear (never repeated) or refused.
 */
final class TeamsDigestPoster implements DigestPoster {
  private static final Logger log = LoggerFactory.getLogger(TeamsDigestPoster.class);

  private final TeamsSettingsStore teams;
  private final WorkflowsPoster poster;
  private final Clock clock;

  TeamsDigestPoster(Teams.Wiring w) {
    this.teams = w.store();
    this.poster = w.poster();
    this.clock = w.clock();
  }

  @Override
  public PostOutcome postDigest(DigestMessage m) {
    return toTeams(m.workspace(), m.day(), LastPost.Kind.DIGEST, t -> card(m, t));
  }

  @Override
  public PostOutcome postNote(DigestNote note) {
    String days = note.lastDay().equals(note.day()) ? note.day().toString() : note.day() + " → " + note.lastDay();
    return toTeams(note.workspace(), note.day(), LastPost.Kind.NOTE, t -> TeamsCard.text(
        t.get("note.title", days), t.get(note.kind().messageKey().replace("digest.", ""), days, note.zone().getId())));
  }

  private static JsonObject card(DigestMessage m, TeamsTexts t) {
    StoredTotals totals = m.totals();
    // The run's own names and codes (read once for Slack and Teams alike) and the data's own source.
    Summary summary = Summaries.of(m.periods(), totals.current(), totals.previous(), MentionText.DEFAULT_TOP,
        new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), totals.source()), m.context());
    return TeamsCard.summary(summary, m.zone(), t, title(m, t));
  }

  /** The card's title: null (the card's own) for a daily digest of every click; else cadence, dates and slice. */
  static String title(DigestMessage m, TeamsTexts t) {
    if (m.cadence() == Cadence.DAILY && m.slice().isAll()) {
      return null;
    }
    String covers = m.cadence() == Cadence.DAILY ? t.get("card.title", m.day().toString())
        : t.get(m.cadence() == Cadence.WEEKLY ? "digest.weekly" : "digest.monthly", m.day().toString(),
            m.lastDay().toString());
    if (m.slice().isAll()) {
      return covers;
    }
    String kind = m.slice().kind() == Slice.Kind.ROUTING_POINT ? "routing_point" : "ad";
    return covers + " · " + t.get("digest.slice." + kind, m.sliceName());
  }

  /** Posts the card to the workspace's webhook and says what it did; never throws. */
  private PostOutcome toTeams(WorkspaceKey key, LocalDate day, LastPost.Kind kind,
      Function<TeamsTexts, JsonObject> card) {
    Optional<TeamsSettings> found;
    try {
      found = teams.find(key).filter(TeamsSettings::posts);
    } catch (RuntimeException e) {
      log.error("digest of {} for {} to Teams: the Teams settings could not be read", key, day, e);
      return new PostOutcome.TryLater("teams_settings");
    }
    if (found.isEmpty()) {
      log.warn("digest of {} for {}: Teams is a destination but not connected", key, day);
      return new PostOutcome.OtherFailure("teams_not_connected");
    }
    TeamsSettings s = found.get();
    TeamsPostOutcome outcome = poster.post(s.webhookUrl(), card.apply(TeamsTexts.of(s.language())));
    try {
      teams.recordLastPost(key, LastPost.of(clock.instant(), kind, outcome));
    } catch (RuntimeException e) {
      log.warn("digest of {} for {}: recording the Teams result failed ({})", key, day, e.getClass().getSimpleName());
    }
    String detail = outcome.result().name() + (outcome.status() == null ? "" : " " + outcome.status());
    log.info("digest of {} for {} to Teams: {}", key, day, detail);
    return switch (outcome.result()) {
      case ACCEPTED -> new PostOutcome.Posted(null);
      case RETRY_LATER, UNREACHABLE -> new PostOutcome.TryLater("teams " + detail);
      case UNCLEAR -> new PostOutcome.Unclear("teams " + detail);
      case REFUSED -> new PostOutcome.OtherFailure("teams " + detail);
    };
  }
}
