package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.SplittableRandom;

/**
 * Built-in, deterministic demo data in the shape of chat_14 answers: the same day always gives the same clicks,
 * whatever window asks for it, so a newcomer sees the bot work without wolkvox (`--demo`, WOLKVOX_DEMO=true).
 */
public final class DemoClickSource implements ClickSource {
  /** What answers say the demo data is (the renderers say "demo data, not from wolkvox"). */
  public static final String NAME = "demo";

  private static final DateTimeFormatter RAW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  /** Ads with a realistic skew: the first few carry most clicks. */
  private static final String[][] ADS = {
    {"120210000000001", "https://fb.me/ad/black-friday-plans", "ad", "video"},
    {"120210000000002", "https://fb.me/ad/fibra-600-megas", "ad", "image"},
    {"120210000000003", "https://www.instagram.com/p/C0demo0003", "post", "image"},
    {"120210000000004", "https://fb.me/ad/portabilidad", "ad", "video"},
    {"120210000000005", "https://fb.me/ad/plan-familia", "ad", "image"},
    {"120210000000006", "https://www.instagram.com/p/C0demo0006", "post", "video"},
    {"120210000000007", "https://fb.me/ad/tv-hd-combo", "ad", "image"},
    {"120210000000008", "https://fb.me/ad/soporte-24-7", "ad", "image"},
  };
  private static final int[] AD_WEIGHTS = {34, 22, 14, 10, 8, 5, 4, 3};
  private static final String[] AGENTS = {
    "1001", "1002", "1003", "1004", "1005", "1006", "1007", "1008", "1009", "1010", "1011", "1012"
  };
  private static final int[] AGENT_WEIGHTS = {16, 14, 12, 11, 10, 9, 8, 6, 5, 4, 3, 2};
  private static final String[] ROUTING_POINTS = {"RP_VENTAS", "RP_SOPORTE", "RP_RETENCION"};
  private static final int[] RP_WEIGHTS = {60, 30, 10};
  private static final String[] OUTCOMES = {"VENTA", "INTERESADO", "NO_INTERESADO", "", "TIMEOUTCHAT", "TIMEOUTACW"};
  private static final int[] OUTCOME_WEIGHTS = {18, 27, 20, 20, 10, 5};
  /** Relative clicks by hour of day: quiet nights, busy late mornings and evenings. */
  private static final int[] HOUR_WEIGHTS = {
    1, 1, 1, 1, 1, 2, 3, 5, 8, 10, 11, 11, 9, 8, 8, 9, 9, 10, 11, 12, 11, 8, 5, 2
  };

  private final Clock clock;

  public DemoClickSource(Clock clock) {
    this.clock = clock;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) {
    ZoneId zone = connection.zone();
    Instant now = clock.instant();
    WindowReceiver.Batch batch = receiver.open(window);
    for (LocalDate day = window.from().toLocalDate(); !day.isAfter(window.to().toLocalDate()); day = day.plusDays(1)) {
      emitDay(connection.serverId(), day, zone, now, window, batch);
    }
    batch.commit();
    return 0;
  }

  private static void emitDay(
      String serverId, LocalDate day, ZoneId zone, Instant now, Window window, WindowReceiver.Batch batch) {
    SplittableRandom random = new SplittableRandom(day.toEpochDay() * 1_000_003L + serverId.hashCode());
    boolean weekend = day.getDayOfWeek().getValue() >= 6;
    int clicks = (weekend ? 90 : 160) + random.nextInt(weekend ? 60 : 120);
    for (int i = 0; i < clicks; i++) {
      int hour = pick(HOUR_WEIGHTS, random);
      LocalDateTime at = day.atTime(hour, random.nextInt(60), random.nextInt(60));
      String[] ad = ADS[pick(AD_WEIGHTS, random)];
      String agent = random.nextInt(100) < 9 ? "" : AGENTS[pick(AGENT_WEIGHTS, random)];
      String rp = ROUTING_POINTS[pick(RP_WEIGHTS, random)];
      String outcome = OUTCOMES[pick(OUTCOME_WEIGHTS, random)];
      // About one click in ten comes back on a chat already open that day.
      int chat = random.nextInt(100) < 10 && i > 0 ? random.nextInt(i) : i;
      String chatId = day.toString().replace("-", "") + String.format("%05d", chat);
      if (at.isBefore(window.from()) || at.isAfter(window.to())) {
        continue;
      }
      Instant instant = at.atZone(zone).toInstant();
      if (instant.isAfter(now)) {
        continue;
      }
      batch.accept(
          new ClickRecord(ad[1], ad[2], ad[0], chatId, rp, agent, ad[3], ad[1] + "/media", instant, RAW.format(at), outcome));
    }
  }

  private static int pick(int[] weights, SplittableRandom random) {
    int total = 0;
    for (int w : weights) {
      total += w;
    }
    int r = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
