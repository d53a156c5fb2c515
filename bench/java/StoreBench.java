import app.clicks.report.ClickRecord;
import app.clicks.report.PeriodPair;
import app.clicks.report.Periods;
import app.clicks.store.ClickStore;
import app.clicks.store.Database;
import app.clicks.store.DatabaseUrl;
import app.clicks.store.Purpose;
import app.clicks.store.StoreSettings;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Section 2 of the benchmark: the click store through its public API (ClickStore.totals), on H2 or PostgreSQL,
 * with an in-JVM click source (no HTTP, no parsing: what is measured is the store).
 *
 * <ol>
 *   <li>Storing a 60,000-record window: `yesterday` on an empty server (its pair, yesterday and the day before, is
 *       one window) with a source that hands over 60,000 records, pre-built. Timed: the whole totals() call
 *       (plan, fetch, insert in JDBC batches, day aggregates, commit, then the SQL summary), and inside it the
 *       time from the first record handed over to the end of the fetch. Five fresh server ids.
 *   <li>A 31-day summary with its previous period over stored clicks: `last 31 days` with 10,000 clicks on every
 *       day of both periods (62 × 10,000 stored by the first call, whose time is the ingest figure; 12 days more
 *       are stored before them), then totals() with nothing left to fetch, asked on 12 different days (so that no
 *       database can hand back a cached result): the median of the last 10, and the first.
 *
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes StoreBench h2 DIR
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes StoreBench pg postgres://user:pass@host:port/db
 *
 *   <li>(part {@code big} only) The same 31-day summary on a store of 10 million clicks: 400 days x 25,000 (the
 *       default retention at an operation of 25,000 clicks a day), loaded through totals() in 92-day requests, then
 *       asked on 12 different days. It reads per-day aggregates, so it must stay near the 620,000-click figure.
 * </ol>
 *
 * A third argument, window, summary or big, runs only that part ({@code big} is not part of "all": it needs
 * {@code -Xmx2g} and a few minutes).
 */
public final class StoreBench {
  private static final ZoneId ZONE = ZoneId.of("America/Bogota");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZONE).toInstant(), ZONE);
  private static final DateTimeFormatter RAW = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    DatabaseUrl url = kind.equals("h2") ? DatabaseUrl.h2File(Path.of(args[1])) : DatabaseUrl.postgres(args[1]);
    String extra = System.getenv().getOrDefault("BENCH_H2_EXTRA", "");
    if (kind.equals("h2") && !extra.isEmpty()) {
      // An experiment on H2 settings (for example ;CACHE_SIZE=65536), without touching the product's URL.
      url = new DatabaseUrl(url.jdbcUrl() + extra, url.user(), url.password(), false);
      System.out.println("h2 URL + " + extra);
    }
    long t0 = System.nanoTime();
    try (Database db = Database.open(url)) {
      System.out.printf("%s: opened and migrated in %.0f ms%n", kind, ms(t0));
      String drop = System.getenv().getOrDefault("BENCH_DROP_INDEX", "");
      if (!drop.isEmpty()) {
        // An experiment: what one index less costs or saves (for example click_record_server_ts).
        try (java.sql.Connection c = db.dataSource().getConnection(); java.sql.Statement st = c.createStatement()) {
          st.execute("DROP INDEX " + drop);
        }
        System.out.println("dropped index " + drop);
      }
      String part = args.length > 2 ? args[2] : "all";
      if (part.equals("big")) {
        summaryOnTenMillion(db, kind);
        return;
      }
      if (!part.equals("summary")) {
        windowOf60k(db, kind);
      }
      if (!part.equals("window")) {
        summaryOf31Days(db, kind);
      }
    }
  }

  private static void windowOf60k(Database db, String kind) throws Exception {
    PeriodPair yesterday = Periods.parse("yesterday", CLOCK, ZONE);
    LocalDate first = yesterday.previous().firstDay();
    List<ClickRecord> records = records(first, yesterday.current().lastDay(), 60_000, 1);
    double[] totals = new double[5];
    double[] inserts = new double[5];
    for (int i = 0; i < totals.length; i++) {
      TimedSource source = new TimedSource(w -> records);
      ClickStore store = new ClickStore(db.dataSource(), source, settings(), CLOCK);
      WolkvoxConnection conn = new WolkvoxConnection("W" + kind + System.nanoTime() % 1_000_000_000L, "t", ZONE);
      long t = System.nanoTime();
      StoredTotals st = store.totals(conn, yesterday, Purpose.INTERACTIVE);
      totals[i] = ms(t);
      inserts[i] = source.lastFetchMs;
      long stored = st.current().clicks() + st.previous().clicks();
      if (stored != 60_000 || st.requests() != 1) {
        throw new IllegalStateException("expected 60000 records in 1 request, got " + stored + " in " + st.requests());
      }
      System.out.printf("  60,000-record window, run %d: totals() %.0f ms (fetch and insert %.0f ms)%n",
          i + 1, totals[i], inserts[i]);
    }
    System.out.printf("RESULT %s store_60k_ms median %.0f (fetch+insert median %.0f) -> %.0f records/s%n", kind,
        median(totals), median(inserts), 60_000 / (median(totals) / 1000));
  }

  private static void summaryOf31Days(Database db, String kind) throws Exception {
    // 73 days x 10,000 clicks are stored, so that `last 31 days` can be asked on 12 different days: the same
    // query twice in a row would measure H2's reuse of an unchanged result, not the summary.
    TimedSource source = new TimedSource(w -> {
      LocalDate a = w.from().toLocalDate();
      LocalDate b = w.to().toLocalDate();
      int days = (int) (b.toEpochDay() - a.toEpochDay()) + 1;
      return records(a, b, days * 10_000, a.toEpochDay());
    });
    WolkvoxConnection conn = new WolkvoxConnection("M" + kind + System.nanoTime() % 1_000_000_000L, "t", ZONE);
    long t = System.nanoTime();
    StoredTotals loaded = storeAt(source, db, 0).totals(conn, periodAt(0), Purpose.INTERACTIVE);
    double load = ms(t);
    long n = loaded.current().clicks() + loaded.previous().clicks();
    System.out.printf("  loading 62 days x 10,000 clicks: %.0f ms in %d request(s) (%.0f records/s)%n", load,
        loaded.requests(), n / (load / 1000));
    if (loaded.current().clicks() != 310_000 || loaded.previous().clicks() != 310_000) {
      throw new IllegalStateException("expected 310000 + 310000, got " + loaded.current().clicks() + " + "
          + loaded.previous().clicks());
    }
    StoredTotals more = storeAt(source, db, 12).totals(conn, periodAt(12), Purpose.INTERACTIVE);
    System.out.printf("  and 12 days more (%d request)%n", more.requests());
    double[] q = new double[12];
    int asked = 0;
    for (int i = 0; i < q.length; i++) {
      int daysBack = q.length - 1 - i;
      ClickStore store = storeAt(source, db, daysBack);
      long s = System.nanoTime();
      StoredTotals st = store.totals(conn, periodAt(daysBack), Purpose.INTERACTIVE);
      q[i] = ms(s);
      asked++;
      if (st.requests() != 0 || st.current().clicks() != 310_000 || st.previous().clicks() != 310_000) {
        throw new IllegalStateException("the summary fetched again or lost clicks: " + st.requests() + " requests, "
            + st.current().clicks() + " + " + st.previous().clicks());
      }
      if (i >= 2 && q[i] > 10_000) {
        System.out.printf("  (stopping after %d queries: they take more than 10 s each)%n", asked);
        break;
      }
    }
    q = Arrays.copyOf(q, asked);
    ClickStore same = storeAt(source, db, 0);
    long s = System.nanoTime();
    same.totals(conn, periodAt(0), Purpose.INTERACTIVE);
    double repeat = ms(s);
    double[] warm = Arrays.copyOfRange(q, 2, q.length);
    System.out.printf("  31-day summary with previous period (620,000 stored clicks), %d different days: %s ms;"
        + " the same query repeated: %.0f ms%n", q.length, Arrays.toString(Arrays.stream(q).map(Math::rint).toArray()), repeat);
    System.out.printf("RESULT %s summary_31d_ms median %.0f (first %.0f, max %.0f); load_62x10k_ms %.0f%n", kind,
        median(warm), q[0], Arrays.stream(warm).max().orElse(0), load);
  }

  private static void summaryOnTenMillion(Database db, String kind) throws Exception {
    int perDay = Integer.parseInt(System.getenv().getOrDefault("BENCH_BIG_PER_DAY", "25000"));
    int days = 400;
    TimedSource source = new TimedSource(w -> {
      LocalDate a = w.from().toLocalDate();
      LocalDate b = w.to().toLocalDate();
      int n = (int) (b.toEpochDay() - a.toEpochDay()) + 1;
      return records(a, b, n * perDay, a.toEpochDay());
    });
    WolkvoxConnection conn = new WolkvoxConnection("B" + kind + System.nanoTime() % 1_000_000_000L, "t", ZONE);
    LocalDate yesterday = LocalDate.now(CLOCK).minusDays(1);
    LocalDate oldest = yesterday.minusDays(days - 1);
    long t = System.nanoTime();
    long loaded = 0;
    // 46 days shown and the 46 before them: 92 days a request, from the newest back to the oldest of the 400.
    for (LocalDate last = yesterday; !last.isBefore(oldest); last = last.minusDays(92)) {
      LocalDate first = last.minusDays(45);
      LocalDate before = first.minusDays(46);
      boolean tail = before.isBefore(oldest);
      String text = tail ? oldest + ".." + last : first + ".." + last;
      PeriodPair p = Periods.parse(text, CLOCK, ZONE);
      StoredTotals st = storeAt(source, db, 0).totals(conn, p, Purpose.INTERACTIVE);
      loaded += st.current().clicks() + (tail ? 0 : st.previous().clicks());
      System.out.printf("  loaded %s and the days before it: %,d clicks so far, %.0f s%n", text, loaded,
          ms(t) / 1000);
    }
    double load = ms(t);
    System.out.printf("  %,d clicks over %d days stored in %.0f s (%.0f records/s)%n", loaded, days, load / 1000,
        loaded / (load / 1000));
    double[] q = new double[12];
    for (int i = 0; i < q.length; i++) {
      int daysBack = q.length - 1 - i;
      ClickStore store = storeAt(source, db, daysBack);
      long s = System.nanoTime();
      StoredTotals st = store.totals(conn, periodAt(daysBack), Purpose.INTERACTIVE);
      q[i] = ms(s);
      if (st.requests() != 0 || st.current().clicks() != 31L * perDay || st.previous().clicks() != 31L * perDay) {
        throw new IllegalStateException("the summary fetched again or lost clicks: " + st.requests() + " requests, "
            + st.current().clicks() + " + " + st.previous().clicks());
      }
    }
    double[] warm = Arrays.copyOfRange(q, 2, q.length);
    System.out.printf("  31-day summary with previous period on %,d stored clicks, 12 different days: %s ms%n",
        loaded, Arrays.toString(Arrays.stream(q).map(Math::rint).toArray()));
    System.out.printf("RESULT %s summary_31d_on_%dM_ms median %.0f (first %.0f, max %.0f); load_s %.0f%n", kind,
        loaded / 1_000_000, median(warm), q[0], Arrays.stream(warm).max().orElse(0), load / 1000);
  }

  private static ClickStore storeAt(ClickSource source, Database db, int daysBack) {
    return new ClickStore(db.dataSource(), source, settings(), Clock.offset(CLOCK,
        java.time.Duration.ofDays(-daysBack)));
  }

  private static PeriodPair periodAt(int daysBack) {
    return Periods.parse("last 31 days", Clock.offset(CLOCK, java.time.Duration.ofDays(-daysBack)), ZONE);
  }

  private static StoreSettings settings() {
    return new StoreSettings(2, 5, 1_000_000, 400, 1);
  }

  /** Records spread evenly over the days first..last, Zipf-skewed ads and agents, deterministic. */
  static List<ClickRecord> records(LocalDate first, LocalDate last, int n, long seed) {
    SplittableRandom rnd = new SplittableRandom(seed);
    String[] ads = new String[400];
    double[] adW = new double[ads.length];
    for (int i = 0; i < ads.length; i++) {
      ads[i] = Long.toString(120210000000000000L + i * 7919L);
      adW[i] = (i == 0 ? 0 : adW[i - 1]) + 1.0 / Math.pow(i + 1, 1.1);
    }
    String[] agents = new String[120];
    double[] agW = new double[agents.length];
    for (int i = 0; i < agents.length; i++) {
      agents[i] = Integer.toString(1000 + i * 37);
      agW[i] = (i == 0 ? 0 : agW[i - 1]) + 1.0 / (i + 1);
    }
    String[] outcomes = {"VENTA", "INFORMACION", "COTIZACION", "", "TIMEOUTCHAT", "SEGUIMIENTO"};
    long span = (last.toEpochDay() - first.toEpochDay() + 1) * 86_400L;
    LocalDateTime start = first.atStartOfDay();
    List<ClickRecord> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      LocalDateTime local = start.plusSeconds(span * i / n);
      Instant at = local.atZone(ZONE).toInstant();
      String ad = ads[pick(adW, rnd)];
      String agent = rnd.nextInt(100) < 7 ? "" : agents[pick(agW, rnd)];
      out.add(new ClickRecord("https://fb.me/" + ad.substring(10), "ad", ad, Long.toString(seed * 10_000_000L + i),
          Integer.toString(3 + rnd.nextInt(4)), agent, "image", "https://scontent.fbcdn.net/v/t45/" + ad + "_n.jpg",
          at, RAW.format(local), outcomes[rnd.nextInt(outcomes.length)]));
    }
    return out;
  }

  private static int pick(double[] cumulative, SplittableRandom rnd) {
    double x = rnd.nextDouble() * cumulative[cumulative.length - 1];
    int i = Arrays.binarySearch(cumulative, x);
    return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
  }

  private static double ms(long since) {
    return (System.nanoTime() - since) / 1e6;
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  /** A click source that hands over pre-built records in one request and times it. */
  private static final class TimedSource implements ClickSource {
    private final java.util.function.Function<Window, List<ClickRecord>> records;
    double lastFetchMs;

    TimedSource(java.util.function.Function<Window, List<ClickRecord>> records) {
      this.records = records;
    }

    @Override
    public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) {
      List<ClickRecord> list = records.apply(window);
      long t = System.nanoTime();
      WindowReceiver.Batch batch = receiver.open(window);
      list.forEach(batch);
      batch.commit();
      lastFetchMs = ms(t);
      return 1;
    }
  }
}
