package app.clicks.teams;

import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.report.SummaryContext;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers an Outgoing Webhook request ({@code POST /teams/messages}) in its HTTP response, within Teams' 5 s.
 *
 * <p>Who asks: the workspace whose stored security token verifies the {@code Authorization: HMAC …} header over the
 * raw body (each workspace with Teams commands is tried, in constant time each; a Teams team has one Outgoing
 * Webhook, and each has its own token, so at most one verifies). Anything unverified, over {@link #MAX_BODY}, or not a
 * message activity gets 401 and no work is done.
 *
 * <p>What is answered: a stored period gets the summary card; a period wolkvox must be asked for first gets "fetching
 * N days — mention me again" while the fetch runs in the background through the store (its single flight and its
 * budget); a bad period its plain message with examples. Whatever happens, never a stack trace.
 */
public final class TeamsCommands {
  /** The callback path Teams is given ({@code PUBLIC_URL} + this). */
  public static final String PATH = "/teams/messages";
  /** The largest request body read. */
  public static final int MAX_BODY = 64 * 1024;
  /** How long a stored answer may take before "mention me again" is answered instead (Teams waits 5 s). */
  static final Duration ANSWER_WITHIN = Duration.ofMillis(3500);
  private static final Logger log = LoggerFactory.getLogger(TeamsCommands.class);
  private static final int MAX_ECHO = 60;

  /** An HTTP answer: its status and JSON body (a message activity), or a plain text for a refused request. */
  public record Reply(int status, JsonObject json, String plain) {
    static Reply refused(String why) {
      return new Reply(401, null, why);
    }

    static Reply message(JsonObject json) {
      return new Reply(200, json, null);
    }
  }

  private final TeamsSettingsStore teams;
  private final SettingsStore settings;
  private final ClickReader reader;
  private final StoredContexts contexts;
  private final ZoneId defaultZone;
  private final ExecutorService work;
  private final Clock clock;
  /** Background fetches running, by workspace and period: one each, however often people ask. */
  private final Set<String> fetching = ConcurrentHashMap.newKeySet();

  public TeamsCommands(TeamsSettingsStore teams, SettingsStore settings, ClickReader reader, StoredContexts contexts,
      ZoneId defaultZone, ExecutorService work, Clock clock) {
    this.teams = teams;
    this.settings = settings;
    this.reader = reader;
    this.contexts = contexts;
    this.defaultZone = defaultZone;
    this.work = work;
    this.clock = clock;
  }

  /** Answers one request; never throws. */
  public Reply answer(String authorization, byte[] body) {
    try {
      if (body == null || body.length > MAX_BODY) {
        log.warn("teams request refused: body over {} bytes", MAX_BODY);
        return Reply.refused("Request body too large.");
      }
      byte[] signature = HmacCheck.signature(authorization);
      if (signature == null) {
        log.warn("teams request refused: no HMAC Authorization header");
        return Reply.refused("Missing or malformed Authorization: HMAC header.");
      }
      Optional<TeamsSettings> asking = teams.answering().stream()
          .filter(s -> HmacCheck.verifies(s.outgoingToken(), body, signature))
          .findFirst();
      if (asking.isEmpty()) {
        log.warn("teams request refused: the signature matches no connected workspace");
        return Reply.refused("The HMAC signature does not verify.");
      }
      String text = messageText(body);
      if (text == null) {
        log.warn("teams request of {} refused: not a message activity", asking.get().workspace());
        return Reply.refused("Not a message activity.");
      }
      return Reply.message(answer(asking.get(), MentionText.parse(text)));
    } catch (RuntimeException e) {
      log.error("teams request failed", e);
      return Reply.message(TeamsCard.reply(TeamsTexts.of(null).get("reply.error.internal")));
    }
  }

  /** The text of a message activity ({"type":"message","text":"…"}), or null when the body is not one. */
  static String messageText(byte[] body) {
    try (JsonReader r = Json.createReader(new ByteArrayInputStream(body))) {
      JsonValue v = r.readValue();
      if (v.getValueType() != JsonValue.ValueType.OBJECT) {
        return null;
      }
      JsonObject o = v.asJsonObject();
      if (!(o.get("type") instanceof JsonString type) || !"message".equals(type.getString())
          || !(o.get("text") instanceof JsonString text)) {
        return null;
      }
      return text.getString();
    } catch (JsonException | IllegalStateException e) {
      return null;
    }
  }

  private JsonObject answer(TeamsSettings teamsSettings, MentionText asked) {
    TeamsTexts t = TeamsTexts.of(teamsSettings.language());
    if (asked.help()) {
      return TeamsCard.reply(t.get("reply.help"));
    }
    Optional<WorkspaceSettings> found = settings.find(teamsSettings.workspace());
    if (found.isEmpty() || !connected(found.get())) {
      return TeamsCard.reply(t.get("reply.notConnected"));
    }
    WorkspaceSettings ws = found.get();
    ZoneId zone = ws.zone() == null ? defaultZone : ws.zone();
    WolkvoxConnection connection = new WolkvoxConnection(ws.serverId(), ws.token(), zone);
    Instant now = clock.instant();
    PeriodPair periods;
    try {
      periods = Periods.parse(asked.periodWords(), Clock.fixed(now, zone), zone);
    } catch (PeriodException e) {
      String echo = asked.periodWords().length() > MAX_ECHO ? asked.periodWords().substring(0, MAX_ECHO) + "…"
          : asked.periodWords();
      String why = e.detail() == null ? "" : t.get("reply.badPeriod.reason", e.getMessage());
      return TeamsCard.reply(t.get("reply.badPeriod", echo, why).strip() + "\n\n" + t.get("reply.help"));
    }
    Question q = new Question(ws, connection, periods, asked.topN(), zone, t);
    int days = reader.daysToFetch(connection, periods);
    if (days > 0) {
      fetchInBackground(q);
      log.info("teams asked workspace={} period={}: fetching {} days first", ws.key(), periods.current().label(),
          days);
      return TeamsCard.reply(t.get("reply.fetching", days));
    }
    Future<JsonObject> card;
    try {
      card = work.submit(() -> card(q));
    } catch (RejectedExecutionException e) {
      return TeamsCard.reply(t.get("reply.busy"));
    }
    try {
      return card.get(ANSWER_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      log.warn("teams asked workspace={} period={}: no answer within {} ms", ws.key(), periods.current().label(),
          ANSWER_WITHIN.toMillis());
      return TeamsCard.reply(t.get("reply.slow"));
    } catch (ExecutionException e) {
      log.error("teams asked workspace={} period={}: failed", ws.key(), periods.current().label(), e.getCause());
      return TeamsCard.reply(t.get("reply.error.internal"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return TeamsCard.reply(t.get("reply.slow"));
    }
  }

  /** A question that can be answered: the workspace, its connection, the periods, top N, zone and language. */
  private record Question(WorkspaceSettings ws, WolkvoxConnection connection, PeriodPair periods, int topN,
      ZoneId zone, TeamsTexts t) {}

  private JsonObject card(Question q) {
    try {
      StoredTotals totals = reader.totals(q.connection(), q.periods(), Purpose.INTERACTIVE);
      SummaryContext context = contexts.of(q.ws());
      Summary summary = Summaries.of(q.periods(), totals.current(), totals.previous(), q.topN(),
          new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), "wolkvox"), context);
      log.info("teams answered workspace={} server={} period={} wolkvoxRequests={}", q.ws().key(),
          q.connection().serverId(), q.periods().current().label(), totals.requests());
      return TeamsCard.summary(summary, q.zone(), q.t());
    } catch (WolkvoxException e) {
      log.warn("teams asked workspace={} server={} period={}: wolkvox {}", q.ws().key(), q.connection().serverId(),
          q.periods().current().label(), e.kind());
      return TeamsCard.reply(q.t().get("reply.error.wolkvox", e.kind().name()));
    }
  }

  /** Starts the store's fetch of the periods unless one for the same workspace and period is running. */
  private void fetchInBackground(Question q) {
    String key = q.ws().key() + "|" + q.periods().current().start() + "|" + q.periods().current().end();
    if (!fetching.add(key)) {
      return;
    }
    try {
      work.execute(() -> {
        try {
          reader.totals(q.connection(), q.periods(), Purpose.INTERACTIVE);
        } catch (WolkvoxException e) {
          log.warn("teams background fetch of {} failed: wolkvox {}", q.ws().key(), e.kind());
        } catch (RuntimeException e) {
          log.error("teams background fetch of {} failed", q.ws().key(), e);
        } finally {
          fetching.remove(key);
        }
      });
    } catch (RejectedExecutionException e) {
      fetching.remove(key);
      log.warn("teams background fetch of {} not started: no room", q.ws().key());
    }
  }

  /** For tests: the background fetches running now. */
  List<String> fetchingNow() {
    return List.copyOf(fetching);
  }

  private static boolean connected(WorkspaceSettings s) {
    return s.serverId() != null && WolkvoxConnection.isValidServerId(s.serverId())
        && s.tokenState() == WorkspaceSettings.TokenState.OK && s.token() != null && !s.token().isBlank();
  }
}
