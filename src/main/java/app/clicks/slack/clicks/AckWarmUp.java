package app.clicks.slack.clicks;

import app.clicks.report.PeriodException;
import app.clicks.report.PeriodPair;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.Texts;
import app.clicks.store.ClickReader;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start, runs the steps of a /clicks acknowledgement that the start-up "help" request does not reach (period
 * words, the settings read, the store's days-to-fetch read, the ack texts in every language, the fast lane's
 * threads) a few times in-process, so that the first burst of /clicks does not pay for class loading, the first
 * queries and the interpreter: cold, the first acks of a burst of 150 took up to 90 ms of their own.
 * Reads only: a workspace and a wolkvox server that do not exist.
 */
final class AckWarmUp {
  private static final Logger log = LoggerFactory.getLogger(AckWarmUp.class);
  private static final WorkspaceKey NOBODY = new WorkspaceKey(null, "T0WARMUP");
  private static final String NO_SERVER = "warmup0";
  private static final int ROUNDS = 40;
  // The fast lane starts a thread a task until it has its core threads (four in SlackBot): start them now.
  private static final int FAST_LANE_THREADS = 4;

  private AckWarmUp() {}

  /** Runs the warm-up; a failure is logged, never thrown (it only costs the first requests some time). */
  static void run(ClicksAnswers answers, ClickReader reader, AnswerLanes lanes, ZoneId zone, Clock clock) {
    long started = System.nanoTime();
    try {
      for (int i = 0; i < FAST_LANE_THREADS; i++) {
        lanes.offer(() -> { });
      }
      Instant now = clock.instant();
      LocalDate yesterday = LocalDate.ofInstant(now, zone).minusDays(1);
      List<String> words = List.of("", "today", "yesterday", "last 7 days", "this week", "last week", "this month",
          "last month", "ayer", "semana passada", yesterday.toString(),
          yesterday.minusDays(13) + ".." + yesterday, yesterday.minusDays(40) + ".." + yesterday.minusDays(20));
      WolkvoxConnection connection = new WolkvoxConnection(NO_SERVER, "warmup", zone);
      for (int round = 0; round < ROUNDS; round++) {
        answers.find(NOBODY);
        for (Locale lang : List.of(Locale.ENGLISH, Locale.forLanguageTag("es"), Locale.forLanguageTag("pt"))) {
          Texts t = Texts.of("clicks", lang);
          BlockMessage.plain(t.get("ack.fetching", round));
          BlockMessage.plain(t.get("ack.working"));
        }
        for (String w : words) {
          CommandText.parse(w);
          try {
            PeriodPair periods = ShareValue.periods(w, now, zone);
            if (round % 4 == 0) {
              reader.daysToFetch(connection, periods);
            }
          } catch (PeriodException e) {
            // a word this version does not read: nothing to warm
          }
        }
      }
      log.info("/clicks acknowledgement warmed up in {} ms", (System.nanoTime() - started) / 1_000_000);
    } catch (RuntimeException e) {
      log.warn("/clicks warm-up failed (the first requests may be slower): {}", e.toString());
    }
  }
}
