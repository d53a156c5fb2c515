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
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of a digest subscription for one period: reads the period's totals (of the subscription's slice) through
 * the click store once, with the workspace's names and conversion codes, and posts the digest or a note to each of
 * its destinations (Slack, Teams), each on its own. What differs between a scheduled run and "send now" (claims,
 * retries, the empty-day policy) is left to the two subclasses.
 */
abstract class DigestRun {
  static final Logger LOG = LoggerFactory.getLogger(DigestRunner.class);
  /** The destinations a subscription's digest may go to, in the order they are posted to. */
  static final List<Destinations> LEGS = List.of(Destinations.SLACK, Destinations.TEAMS);

  /**
   * What a delivery to one destination came to: the log state to write (null: none), the outcome, the message ts
   * and a detail; and the digest posted (its chart follows it), or null.
   */
  record Delivered(State state, DigestOutcome outcome, String ts, String detail, DigestMessage digest) {
    Delivered(State state, DigestOutcome outcome, String ts, String detail) {
      this(state, outcome, ts, detail, null);
    }

    /** True when the destination got what the subscription asked for (the digest, the note, or nothing as set). */
    boolean done() {
      return outcome == DigestOutcome.POSTED || outcome == DigestOutcome.NO_CLICKS_NOTE
          || outcome == DigestOutcome.NO_CLICKS_SKIPPED;
    }
  }

  final RunContext context;
  final Subscription subscription;
  final WorkspaceKey key;
  final PeriodPair periods;
  /** The first day of the period covered (the delivery log's day). */
  final LocalDate day;

  DigestRun(RunContext context, Subscription subscription, PeriodPair periods) {
    this.context = context;
    this.subscription = subscription;
    this.key = subscription.workspace();
    this.periods = periods;
    this.day = periods.current().firstDay();
  }

  /** The destinations of {@code s}, in posting order. */
  static List<Destinations> legsOf(Subscription s) {
    List<Destinations> legs = new ArrayList<>();
    if (s.destinations().slack()) {
      legs.add(Destinations.SLACK);
    }
    if (s.destinations().teams()) {
      legs.add(Destinations.TEAMS);
    }
    return legs;
  }

  /** True for an admin's "send now" (the digest says so under it). */
  abstract boolean sendNow();

  /** Whether a period of which part is stored data only is tried again later rather than posted short now. */
  abstract boolean retriesStoredOnlyDay();

  /** Whether the subscription's choice for a period without clicks holds (send-now always shows something). */
  abstract boolean honoursEmptyPolicy();

  /** Whether wolkvox refusing the token or the quota is told in the channel with a note. */
  abstract boolean notesWolkvoxRefusals();

  /** Called just before a destination is asked to post; false when another run took it over: this one must not. */
  abstract boolean startPosting(Destinations leg);

  /** The Slack channel is archived or gone. */
  abstract void channelGone();

  /** A failure of one destination that may pass: tried again later, or given up as {@code givenUp}. */
  abstract Delivered retryOrGiveUp(Destinations leg, DigestOutcome givenUp, String detail);

  /** Reads the period's totals once and posts the digest, a note or nothing to each of {@code legs}. */
  final Map<Destinations, Delivered> deliver(List<Destinations> legs) {
    Map<Destinations, Delivered> out = new EnumMap<>(Destinations.class);
    Optional<WolkvoxConnection> connection = connection();
    if (connection.isEmpty()) {
      legs.forEach(leg -> out.put(leg, new Delivered(State.FAILED, DigestOutcome.NOT_CONNECTED, null, null)));
      return out;
    }
    StoredTotals totals;
    try {
      totals = context.reader().totals(connection.get(), periods, Purpose.DIGEST, subscription.slice());
    } catch (WolkvoxException e) {
      LOG.warn("digest {} of {} for {}: wolkvox {} ({})", subscription.id(), key, day, e.kind(), e.getMessage());
      legs.forEach(leg -> out.put(leg, wolkvoxFailed(leg, e)));
      return out;
    } catch (RuntimeException e) {
      LOG.error("digest {} of {} for {}: reading the totals failed", subscription.id(), key, day, e);
      legs.forEach(leg -> out.put(leg, retryOrGiveUp(leg, DigestOutcome.FAILED, e.getClass().getSimpleName())));
      return out;
    }
    if (totals.storeOnly() && retriesStoredOnlyDay()) {
      // Part of the period could not be fetched now: try again before posting what is stored, which may be short.
      LOG.warn("digest {} of {} for {}: part of it is stored data only; retrying before posting it",
          subscription.id(), key, day);
      legs.forEach(leg -> out.put(leg, retryOrGiveUp(leg, DigestOutcome.WOLKVOX_UNAVAILABLE, "stored data only")));
      return out;
    }
    if (totals.current().clicks() == 0) {
      if (subscription.emptyPolicy() == EmptyPolicy.SKIP && honoursEmptyPolicy()) {
        legs.forEach(leg -> out.put(leg, new Delivered(State.SKIPPED, DigestOutcome.NO_CLICKS_SKIPPED, null, null)));
        return out;
      }
      DigestNote note = note(DigestNote.Kind.NO_CLICKS);
      for (Destinations leg : legs) {
        out.put(leg, posted(leg, () -> context.posters().of(leg).postNote(note), DigestOutcome.NO_CLICKS_NOTE));
      }
      return out;
    }
    SummaryContext names = context.contexts().of(new ContextRequest(key, connection.get(), Purpose.DIGEST, totals));
    DigestMessage message = message(totals, names);
    for (Destinations leg : legs) {
      Delivered d = posted(leg, () -> context.posters().of(leg).postDigest(message), DigestOutcome.POSTED);
      out.put(leg, d.state() == State.POSTED ? new Delivered(d.state(), d.outcome(), d.ts(), d.detail(), message) : d);
    }
    return out;
  }

  private DigestMessage message(StoredTotals totals, SummaryContext names) {
    return new DigestMessage(key, subscription.channelId(), day, subscription.zone(), periods, totals, sendNow(),
        names, subscription.cadence(), subscription.slice());
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
    StoredTotals totals = context.reader().totals(connection.get(), periods, Purpose.DIGEST, subscription.slice());
    SummaryContext names = context.contexts().of(new ContextRequest(key, connection.get(), Purpose.DIGEST, totals));
    return Optional.of(message(totals, names));
  }

  /** What a run does once another run has taken its claim over: nothing more (no post, no mark, no retry). */
  final Delivered takenOver(Destinations leg) {
    LOG.warn("digest {} of {} for {} ({}): another run took the claim over; this one does not post",
        subscription.id(), key, day, leg);
    return new Delivered(null, DigestOutcome.ALREADY_CLAIMED, null, "taken over");
  }

  private Delivered posted(Destinations leg, Supplier<PostOutcome> post, DigestOutcome success) {
    if (!startPosting(leg)) {
      return takenOver(leg);
    }
    PostOutcome outcome = postWaitingOutRateLimits(post);
    String where = leg == Destinations.TEAMS ? "Teams" : subscription.channelId();
    if (outcome instanceof PostOutcome.Posted p) {
      LOG.info("digest {} of {} for {} posted to {} ({})", subscription.id(), key, day, where, success);
      return new Delivered(State.POSTED, success, p.ts(), null);
    }
    if (outcome instanceof PostOutcome.NotInChannel) {
      LOG.warn("digest {} of {} for {}: not_in_channel {}", subscription.id(), key, day, where);
      return new Delivered(State.FAILED, DigestOutcome.NOT_IN_CHANNEL, null, subscription.channelId());
    }
    if (outcome instanceof PostOutcome.ChannelGone g) {
      LOG.warn("digest {} of {} for {}: channel {} gone ({})", subscription.id(), key, day, where, g.error());
      channelGone();
      return new Delivered(State.FAILED, DigestOutcome.CHANNEL_GONE, null, g.error());
    }
    if (outcome instanceof PostOutcome.RateLimited) {
      return retryOrGiveUp(leg, DigestOutcome.POST_FAILED, "ratelimited");
    }
    if (outcome instanceof PostOutcome.TryLater t) {
      LOG.warn("digest {} of {} for {}: {} answered {}; trying again later", subscription.id(), key, day, where,
          t.detail());
      return retryOrGiveUp(leg, DigestOutcome.POST_FAILED, t.detail());
    }
    if (outcome instanceof PostOutcome.Unclear u) {
      LOG.warn("digest {} of {} for {} to {}: outcome unclear ({}); not posted again", subscription.id(), key, day,
          where, u.detail());
      return new Delivered(State.UNKNOWN, DigestOutcome.UNCLEAR, null, u.detail());
    }
    String error = ((PostOutcome.OtherFailure) outcome).error();
    LOG.warn("digest {} of {} for {}: {} answered {}", subscription.id(), key, day, where, error);
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
        LOG.error("digest {} of {}: posting threw", subscription.id(), key, e);
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
      LOG.info("digest {} of {}: rate limit, waiting {} s", subscription.id(), key, wait.toSeconds());
      try {
        context.timing().sleeper().sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return outcome;
      }
    }
  }

  private Delivered wolkvoxFailed(Destinations leg, WolkvoxException e) {
    if (e.kind().isTransient()) {
      return retryOrGiveUp(leg, DigestOutcome.WOLKVOX_UNAVAILABLE, e.kind().name());
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
      if (!startPosting(leg)) {
        return takenOver(leg);
      }
      PostOutcome posted = postWaitingOutRateLimits(() -> context.posters().of(leg).postNote(note(note)));
      LOG.info("digest {} of {} for {}: {} note to {}: {}", subscription.id(), key, day, note, leg,
          posted.getClass().getSimpleName());
    }
    DigestOutcome outcome =
        note == DigestNote.Kind.TOKEN_REJECTED ? DigestOutcome.TOKEN_REJECTED : DigestOutcome.QUOTA_EXCEEDED;
    return new Delivered(State.FAILED, outcome, null, e.kind().name());
  }

  private DigestNote note(DigestNote.Kind kind) {
    return new DigestNote(key, subscription.channelId(), day, subscription.zone(), kind, periods.current());
  }

  /**
   * What the run came to over its destinations, for the App Home's one line: the destinations' common success, or
   * the first destination's trouble (Teams' detail says it is Teams').
   */
  static Delivered combined(Map<Destinations, Delivered> byLeg) {
    Delivered first = null;
    for (Destinations leg : LEGS) {
      Delivered d = byLeg.get(leg);
      if (d == null) {
        continue;
      }
      if (first == null) {
        first = d;
      }
      if (!d.done()) {
        boolean named = leg == Destinations.TEAMS && d.outcome() != DigestOutcome.RETRY_SCHEDULED;
        String detail = named ? "Teams" + (d.detail() == null ? "" : ": " + d.detail()) : d.detail();
        return new Delivered(d.state(), d.outcome(), d.ts(), detail, d.digest());
      }
    }
    return first;
  }

  private Optional<WolkvoxConnection> connection() {
    Optional<WorkspaceSettings> ws = context.stores().settings().find(key);
    if (ws.isEmpty()
        || ws.get().tokenState() != WorkspaceSettings.TokenState.OK
        || ws.get().token() == null
        || !WolkvoxConnection.isValidServerId(ws.get().serverId())) {
      LOG.warn("digest {} of {}: wolkvox is not connected", subscription.id(), key);
      return Optional.empty();
    }
    return Optional.of(new WolkvoxConnection(ws.get().serverId(), ws.get().token(), subscription.zone()));
  }
}
