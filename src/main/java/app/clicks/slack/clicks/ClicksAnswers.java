package app.clicks.slack.clicks;

import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summary;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The work behind /clicks and its share button: finds the workspace's connection, reads the period, asks the store
 * for the totals, renders the summary; every failure becomes plain words for the user and one log line with ids.
 */
public final class ClicksAnswers {
  private static final Logger log = LoggerFactory.getLogger(ClicksAnswers.class);
  private static final int MAX_ECHO = 80;

  private final SettingsStore settings;
  private final ClickReader reader;
  private final Reporting reporting;
  private final ZoneId defaultZone;

  /** A request that can be answered: the connection, the periods, the top N, and what rebuilds it. */
  public record Ready(WorkspaceSettings settings, WolkvoxConnection connection, PeriodPair periods, int topN,
      ShareValue share) {
    @Override
    public String toString() {
      return "Ready[workspace=" + settings.key() + ", server=" + connection.serverId() + ", period="
          + periods.current().label() + ", topN=" + topN + "]";
    }
  }

  /** Either a ready request or the message that explains why it cannot be answered. */
  public record Plan(Ready ready, BlockMessage refusal) {}

  /** An answer: the message, and whether it is a summary (which can be shared) rather than a failure. */
  public record Answer(BlockMessage message, boolean summary) {}

  public ClicksAnswers(SettingsStore settings, ClickReader reader, Reporting reporting, ZoneId defaultZone) {
    this.settings = settings;
    this.reader = reader;
    this.reporting = reporting;
    this.defaultZone = defaultZone;
  }

  /** The workspace's settings; the store's exceptions pass through to the caller's edge. */
  public Optional<WorkspaceSettings> find(WorkspaceKey key) {
    return settings.find(key);
  }

  /** The workspace's language, English when it has none. */
  public static Locale language(Optional<WorkspaceSettings> s) {
    return s.map(WorkspaceSettings::language).map(Texts::supported).orElse(Locale.ENGLISH);
  }

  /** Checks the connection and reads the period words as of {@code askedAt}. */
  public Plan plan(Optional<WorkspaceSettings> found, String words, int topN, Instant askedAt, Texts t) {
    if (found.isPresent() && found.get().tokenState() == WorkspaceSettings.TokenState.UNREADABLE) {
      return refuse(t.get("tokenUnreadable"));
    }
    if (found.isEmpty() || found.get().tokenState() != WorkspaceSettings.TokenState.OK
        || found.get().token() == null || found.get().token().isBlank()) {
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
      periods = reporting.periods(words, Clock.fixed(askedAt, zone), zone);
    } catch (PeriodException e) {
      return new Plan(null, HelpMessage.render(t, problem(words, e, t)));
    }
    return new Plan(new Ready(s, connection, periods, topN, new ShareValue(askedAt.getEpochSecond(), topN, words)),
        null);
  }

  /** Days the store would fetch from wolkvox; 0 when the store cannot tell (the answer will say more). */
  public int daysToFetch(Ready r) {
    try {
      return reader.daysToFetch(r.connection(), r.periods());
    } catch (RuntimeException e) {
      log.warn("daysToFetch failed for workspace={} server={}: {}", r.settings().key(), r.connection().serverId(),
          e.getClass().getSimpleName());
      return 0;
    }
  }

  /** Reads the totals and renders them; never throws, never shows internal error text. */
  public Answer answer(Ready r, Texts t, String userId) {
    try {
      StoredTotals totals = reader.totals(r.connection(), r.periods(), Purpose.INTERACTIVE);
      Summary summary = reporting.summary(r.periods(), totals.current(), totals.previous(), r.topN(),
          new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), "wolkvox"));
      log.info("clicks answered workspace={} user={} server={} period={} wolkvoxRequests={}", r.settings().key(),
          userId, r.connection().serverId(), r.periods().current().label(), totals.requests());
      return new Answer(SummaryBlocks.render(summary, t), true);
    } catch (WolkvoxException e) {
      log.warn("clicks failed workspace={} user={} server={} period={} kind={} window={}: {}", r.settings().key(),
          userId, r.connection().serverId(), r.periods().current().label(), e.kind(), e.window(), e.getMessage());
      return new Answer(plain(t.get("error." + e.kind().name())), false);
    } catch (RuntimeException e) {
      log.error("clicks failed workspace={} user={} server={} period={}", r.settings().key(), userId,
          r.connection().serverId(), r.periods().current().label(), e);
      return new Answer(plain(t.get("error.internal")), false);
    }
  }

  /** A one-section message. */
  public static BlockMessage plain(String text) {
    return new BlockMessage(text, List.of(section(b -> b.text(markdownText(text)))));
  }

  private static Plan refuse(String text) {
    return new Plan(null, plain(text));
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
