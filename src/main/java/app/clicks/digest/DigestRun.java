package app.clicks.digest;

import app.clicks.context.ContextRequest;
import app.clicks.digest.DeliveryLog.State;
import app.clicks.report.PeriodPair;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a workspace's digest for one day: reads the day's totals through the click store, with the workspace's
 * names and conversion codes, and posts the digest
 * or a note. What differs between a scheduled run and "send now" (claims, retries, the empty-day policy) is left to
 * the two subclasses.
 */
abstract class DigestRun {
  static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);

  /**
   * What a delivery came to: the log state to write (null: none), the outcome, the message ts and a detail; and the
   * digest posted (its chart follows it), or null.
   */
  record Delivered(State state, DigestOutcome outcome, String ts, String detail, DigestMessage digest) {
    Delivered(State state, DigestOutcome outcome, String ts, String detail) {
      this(state, outcome, ts, detail, null);
    }
  }

  final RunContext context;
  final DigestSchedule schedule;
  final WorkspaceKey key;
  final LocalDate day;

  DigestRun(RunContext context, DigestSchedule schedule, LocalDate day) {
    this.context = context;
    this.schedule = schedule;
    this.key = schedule.workspace();
    this.day = day;
  }

  /** True for an admin's "send now" (the digest says so under it). */
  abstract boolean sendNow();

  /** Whether a day of which part is stored data only is tried again later rather than posted short now. */
  abstract boolean retriesStoredOnlyDay();

  /** Whether the schedule's choice for a day without clicks holds (send-now always shows something). */
  abstract boolean honoursEmptyPolicy();

  /** Whether wolkvox refusing the token or the quota is told in the channel with a note. */
  abstract boolean notesWolkvoxRefusals();

  /** Called just before Slack is asked to post; false when another run took the day over: this one must not post. */
  abstract boolean startPosting();

  /** The channel is archived or gone. */
  abstract void channelGone();

  /** A failure that may pass: tried again later, or given up as {@code givenUp}. */
  abstract Delivered retryOrGiveUp(DigestOutcome givenUp, String detail);

  /** Reads the day's totals and posts the digest, a note or nothing. */
  final Delivered deliver() {
    Optional<WolkvoxConnection> connection = connection();
    if (connection.isEmpty()) {
      return new Delivered(State.FAILED, DigestOutcome.NOT_CONNECTED, null, null);
    }
    PeriodPair periods = DigestRunner.periodsOf(day, schedule.zone());
    StoredTotals totals;
    try {
      totals = context.reader().totals(connection.get(), periods, Purpose.DIGEST);
    } catch (WolkvoxException e) {
      return wolkvoxFailed(e);
    } catch (RuntimeException e) {
      LOG.error("digest of {} for {}: reading the totals failed", key, day, e);
      return retryOrGiveUp(DigestOutcome.FAILED, e.getClass().getSimpleName());
    }
    if (totals.storeOnly() && retriesStoredOnlyDay()) {
      // Part of the day could not be fetched now: try again before posting what is stored, which may be short.
      LOG.warn("digest of {} for {}: part of the day is stored data only; retrying before posting it", key, day);
      return retryOrGiveUp(DigestOutcome.WOLKVOX_UNAVAILABLE, "stored data only");
    }
    if (totals.current().clicks() == 0) {
      if (schedule.emptyPolicy() == EmptyPolicy.SKIP && honoursEmptyPolicy()) {
        return new Delivered(State.SKIPPED, DigestOutcome.NO_CLICKS_SKIPPED, null, null);
      }
      DigestNote note = note(DigestNote.Kind.NO_CLICKS);
      return posted(() -> context.poster().postNote(note), DigestOutcome.NO_CLICKS_NOTE);
    }
    SummaryContext names = context.contexts().of(new ContextRequest(key, connection.get(), Purpose.DIGEST, totals));
    DigestMessage message =
        new DigestMessage(key, schedule.channelId(), day, schedule.zone(), periods, totals, sendNow(), names);
    Delivered d = posted(() -> context.poster().postDigest(message), DigestOutcome.POSTED);
    return d.state() == State.POSTED ? new Delivered(d.state(), d.outcome(), d.ts(), d.detail(), message) : d;
  }

  /**
   * The digest an earlier run posted, read again from the store (a chart left to send after a restart or a rate
   * limit), or empty when wolkvox is no longer connected.
   */
  final Optional<DigestMessage> digestAgain() throws WolkvoxException {
    Optional<WolkvoxConnection> connection = connection();
    if (connection.isEmpty()) {
      return Optional.empty();
    }
    PeriodPair periods = DigestRunner.periodsOf(day, schedule.zone());
    StoredTotals totals = context.reader().totals(connection.get(), periods, Purpose.DIGEST);
    SummaryContext names = context.contexts().of(new ContextRequest(key, connection.get(), Purpose.DIGEST, totals));
    return Optional.of(
        new DigestMessage(key, schedule.channelId(), day, schedule.zone(), periods, totals, sendNow(), names));
  }

  /** What a run does once another run has taken its claim over: nothing more (no post, no mark, no retry). */
  final Delivered takenOver() {
    LOG.warn("digest of {} for {}: another run took the claim over; this one does not post", key, day);
    return new Delivered(null, DigestOutcome.ALREADY_CLAIMED, null, "taken over");
  }

  private Delivered posted(Supplier<PostOutcome> post, DigestOutcome success) {
    if (!startPosting()) {
      return takenOver();
    }
    PostOutcome outcome = postWaitingOutRateLimits(post);
    if (outcome instanceof PostOutcome.Posted p) {
      LOG.info("digest of {} for {} posted to {} ({})", key, day, schedule.channelId(), success);
      return new Delivered(State.POSTED, success, p.ts(), null);
    }
    if (outcome instanceof PostOutcome.NotInChannel) {
      LOG.warn("digest of {} for {}: not_in_channel {}", key, day, schedule.channelId());
      return new Delivered(State.FAILED, DigestOutcome.NOT_IN_CHANNEL, null, schedule.channelId());
    }
    if (outcome instanceof PostOutcome.ChannelGone g) {
      LOG.warn("digest of {} for {}: channel {} gone ({})", key, day, schedule.channelId(), g.error());
      channelGone();
      return new Delivered(State.FAILED, DigestOutcome.CHANNEL_GONE, null, g.error());
    }
    if (outcome instanceof PostOutcome.RateLimited) {
      return retryOrGiveUp(DigestOutcome.POST_FAILED, "ratelimited");
    }
    if (outcome instanceof PostOutcome.Unclear u) {
      LOG.warn("digest of {} for {}: outcome unclear ({}); not posted again", key, day, u.detail());
      return new Delivered(State.UNKNOWN, DigestOutcome.UNCLEAR, null, u.detail());
    }
    String error = ((PostOutcome.OtherFailure) outcome).error();
    LOG.warn("digest of {} for {}: Slack answered {}", key, day, error);
    return new Delivered(State.FAILED, DigestOutcome.POST_FAILED, null, error);
  }

  /** Posts, waiting out Slack's Retry-After a bounded number of times; a thrown exception counts as unclear. */
  final PostOutcome postWaitingOutRateLimits(Supplier<PostOutcome> post) {
    RetryPolicy policy = context.retries();
    for (int tries = 0; ; tries++) {
      PostOutcome outcome;
      try {
        outcome = post.get();
      } catch (RuntimeException e) {
        LOG.error("digest of {}: posting threw", key, e);
        return new PostOutcome.Unclear(e.getClass().getSimpleName());
      }
      if (outcome == null) {
        return new PostOutcome.Unclear("no answer");
      }
      if (!(outcome instanceof PostOutcome.RateLimited r)
          || tries >= policy.rateLimitRetries()
          || r.retryAfter().compareTo(policy.maxRetryAfter()) > 0) {
        return outcome;
      }
      Duration wait = r.retryAfter().isNegative() ? Duration.ZERO : r.retryAfter();
      LOG.info("digest of {}: Slack rate limit, waiting {} s", key, wait.toSeconds());
      try {
        context.timing().sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
    }
  }

  private Delivered wolkvoxFailed(WolkvoxException e) {
    LOG.warn("digest of {} for {}: wolkvox {} ({})", key, day, e.kind(), e.getMessage());
    if (e.kind().isTransient()) {
      return retryOrGiveUp(DigestOutcome.WOLKVOX_UNAVAILABLE, e.kind().name());
    }
    DigestNote.Kind note = switch (e.kind()) {
      case TOKEN_REJECTED -> DigestNote.Kind.TOKEN_REJECTED;
      case QUOTA_EXCEEDED -> DigestNote.Kind.QUOTA_EXCEEDED;
      default -> null;
    };
    if (note == null) {
      return new Delivered(State.FAILED, DigestOutcome.WOLKVOX_FAILED, null, e.kind().name());
    }
    if (notesWolkvoxRefusals()) {
      if (!startPosting()) {
        return takenOver();
      }
      PostOutcome posted = postWaitingOutRateLimits(() -> context.poster().postNote(note(note)));
      LOG.info("digest of {} for {}: {} note {}", key, day, note, posted.getClass().getSimpleName());
    }
    DigestOutcome outcome =
        note == DigestNote.Kind.TOKEN_REJECTED ? DigestOutcome.TOKEN_REJECTED : DigestOutcome.QUOTA_EXCEEDED;
    return new Delivered(State.FAILED, outcome, null, e.kind().name());
  }

  private DigestNote note(DigestNote.Kind kind) {
    return new DigestNote(key, schedule.channelId(), day, schedule.zone(), kind);
  }

  private Optional<WolkvoxConnection> connection() {
    Optional<WorkspaceSettings> ws = context.stores().settings().find(key);
    if (ws.isEmpty()
        || ws.get().tokenState() != WorkspaceSettings.TokenState.OK
        || ws.get().token() == null
        || !WolkvoxConnection.isValidServerId(ws.get().serverId())) {
      LOG.warn("digest of {}: wolkvox is not connected", key);
      return Optional.empty();
    }
    return Optional.of(new WolkvoxConnection(ws.get().serverId(), ws.get().token(), schedule.zone()));
  }
}
