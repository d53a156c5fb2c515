package app.clicks.slack.clicks;

import app.clicks.context.ContextRequest;
import app.clicks.context.SummaryContexts;
import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import app.clicks.slack.common.Workspaces;
import app.clicks.store.ClickReader;
import app.clicks.store.Pending;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind /clicks and its share button: finds the workspace's connection, reads the period, asks the store
 * for the totals, gives them the workspace's names and conversion codes, renders the summary; every failure becomes
 * plain words for the user and one log line with ids.
 */
final class ClicksAnswers {
  private static final Logger log = LoggerFactory.getLogger(ClicksAnswers.class);
  private static final int MAX_ECHO = 80;

  private final SettingsStore settings;
  private final ClickReader reader;
  private final ZoneId defaultZone;
  private final SummaryContexts contexts;

  /** A request that can be answered: the connection, the periods, the top N, and what rebuilds it. */
  record Ready(WorkspaceSettings settings, WolkvoxConnection connection, PeriodPair periods, int topN,
      ShareValue share) {
    @Override
    public String toString() {
      return "Ready[workspace=" + settings.key() + ", server=" + connection.serverId() + ", period="
          + periods.current().label() + ", topN=" + topN + "]";
    }
  }

  /** Either a ready request or the message that explains why it cannot be answered. */
  record Plan(Ready ready, BlockMessage refusal) {}

  /** An answer: the message, and whether it is a summary (which can be shared) rather than a failure. */
  record Answer(BlockMessage message, boolean summary) {}

  ClicksAnswers(SettingsStore settings, ClickReader reader, ZoneId defaultZone, SummaryContexts contexts) {
    this.settings = settings;
    this.reader = reader;
    this.defaultZone = defaultZone;
    this.contexts = contexts;
  }

  /** The workspace's settings; the store's exceptions pass through to the caller's edge. */
  Optional<WorkspaceSettings> find(WorkspaceKey key) {
    return settings.find(key);
  }

  /** Checks the connection and reads the period words as of {@code askedAt}. */
  Plan plan(Optional<WorkspaceSettings> found, String words, int topN, Instant askedAt, Texts t) {
    if (found.isPresent() && found.get().tokenState() == WorkspaceSettings.TokenState.UNREADABLE) {
      return refuse(t.get("tokenUnreadable"));
    }
    if (found.isEmpty() || !Workspaces.connected(found.get())) {
      return refuse(t.get("notConnected"));
    }
    WorkspaceSettings s = found.get();
    ZoneId zone = s.zone() == null ? defaultZone : s.zone();
    WolkvoxConnection connection;
    try {
      connection = new WolkvoxConnection(s.serverId(), s.token(), zone);
    } catch (IllegalArgumentException e) {
      return refuse(t.get("notConnected"));
    }
    PeriodPair periods;
    try {
      periods = ShareValue.periods(words, askedAt, zone);
    } catch (PeriodException e) {
      return new Plan(null, HelpMessage.render(t, problem(words, e, t)));
    }
    return new Plan(new Ready(s, connection, periods, topN, new ShareValue(askedAt.getEpochSecond(), topN, words)),
        null);
  }

  /** Days the store would fetch from wolkvox; 0 when the store cannot tell (the answer will say more). */
  int daysToFetch(Ready r) {
    try {
      return reader.daysToFetch(r.connection(), r.periods());
    } catch (RuntimeException e) {
      log.warn("daysToFetch failed for workspace={} server={}: {}", r.settings().key(), r.connection().serverId(),
          e.getClass().getSimpleName());
      return 0;
    }
  }

  /**
   * Starts the store's sync of what {@code r} needs and returns at once (fast lane): done already when every day is
   * stored, else done when the fetch it waits on (its own or someone else's) has stored them.
   */
  Pending start(Ready r) {
    return reader.start(r.connection(), r.periods(), Purpose.INTERACTIVE);
  }

  /** The totals an answer read, the workspace's names and conversion codes, and the summary made with them. */
  record Read(StoredTotals totals, SummaryContext context, Summary summary) {}

  /**
   * Syncs what {@code r} needs, waiting on this thread, and reads it as {@link #read(Ready, Pending)} does (for
   * callers that may block; the lanes use {@link #start}, then the two-argument read).
   */
  Read read(Ready r) throws WolkvoxException {
    return withContext(r, reader.totals(r.connection(), r.periods(), Purpose.INTERACTIVE));
  }

  /**
   * Reads the totals of a synced request from the store and builds the summary, with the names and conversion codes
   * of the workspace (which never fail it: without them it has ids).
   */
  Read read(Ready r, Pending synced) throws WolkvoxException {
    return withContext(r, reader.finish(synced));
  }

  private Read withContext(Ready r, StoredTotals totals) {
    SummaryContext context =
        contexts.of(new ContextRequest(r.settings().key(), r.connection(), Purpose.INTERACTIVE, totals));
    return new Read(totals, context, Summaries.of(r.periods(), totals.current(), totals.previous(), r.topN(),
        new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), totals.source()), context));
  }

  /** Reads the totals of a synced request and renders them; never throws, never shows internal error text. */
  Answer answer(Ready r, Pending synced, Texts t, String userId) {
    try {
      Read read = read(r, synced);
      log.info("clicks answered workspace={} user={} server={} period={} wolkvoxRequests={}", r.settings().key(),
          userId, r.connection().serverId(), r.periods().current().label(), read.totals().requests());
      return new Answer(SummaryBlocks.render(read.summary(), t), true);
    } catch (WolkvoxException e) {
      log.warn("clicks failed workspace={} user={} server={} period={} kind={} window={}: {}", r.settings().key(),
          userId, r.connection().serverId(), r.periods().current().label(), e.kind(), e.window(), e.getMessage());
      return new Answer(BlockMessage.plain(t.get("error." + e.kind().name())), false);
    } catch (RuntimeException e) {
      log.error("clicks failed workspace={} user={} server={} period={}", r.settings().key(), userId,
          r.connection().serverId(), r.periods().current().label(), e);
      return new Answer(BlockMessage.plain(t.get("error.internal")), false);
    }
  }

  private static Plan refuse(String text) {
    return new Plan(null, BlockMessage.plain(text));
  }

  private static String problem(String words, PeriodException e, Texts t) {
    String echo = SummaryBlocks.escape(SummaryBlocks.cut(words.strip(), MAX_ECHO));
    String detail = e.detail() == null ? "" : SummaryBlocks.escape(SummaryBlocks.cut(e.detail(), MAX_ECHO));
    String why = switch (e.reason()) {
      case UNKNOWN_WORDS -> null;
      case BAD_DATE -> t.get("help.reason.BAD_DATE", detail);
      case END_BEFORE_START -> t.get("help.reason.END_BEFORE_START", detail);
      case TOO_LONG -> t.get("help.reason.TOO_LONG", detail, Periods.MAX_DAYS);
      case START_IN_FUTURE -> t.get("help.reason.START_IN_FUTURE", detail);
    };
    return why == null ? t.get("help.unknown", echo) : t.get("help.problem", echo, why);
  }
}
