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
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.stream.Stream;

/**
 * Section 2b of the benchmark: bytes a click on disk. Loads `last 30 days` with its previous period (60 days) of
 * PER_DAY clicks each into a fresh database through ClickStore.totals (StoreBench's records: 400 ads, 120 agents,
 * 6 outcomes, a new chat id a click), timing the ingest, then measures the database:
 * <ul>
 *   <li>PostgreSQL: pg_total_relation_size (heap, TOAST and indexes) summed over every table of the schema but
 *       Quartz's (qrtz_*), right after loading;
 *   <li>H2: the size of the database file after the pool is closed (Database.close, the bot's orderly stop) and the
 *       process would end; the size before closing is printed too.
 * </ul>
 *
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes StoreSizeBench h2 DIR PER_DAY
 *   java -cp target/wolkvox-clicks.jar:bench/out/classes StoreSizeBench pg postgres://user:pass@host:port/db PER_DAY
 */
public final class StoreSizeBench {
  private static final ZoneId ZONE = ZoneId.of("America/Bogota");
  private static final Clock CLOCK =
      Clock.fixed(ZonedDateTime.of(2026, 11, 24, 12, 0, 0, 0, ZONE).toInstant(), ZONE);

  public static void main(String[] args) throws Exception {
    String kind = args[0];
    int perDay = Integer.parseInt(args[2]);
    Path dir = kind.equals("h2") ? Path.of(args[1]) : null;
    DatabaseUrl url = kind.equals("h2") ? DatabaseUrl.h2File(dir) : DatabaseUrl.postgres(args[1]);
    long clicks;
    double seconds;
    try (Database db = Database.open(url)) {
      PeriodPair pair = Periods.parse("last 30 days", CLOCK, ZONE);
      ClickSource source = (ClickSource) (WolkvoxConnection c, Window w, WindowReceiver receiver) -> {
        LocalDate a = w.from().toLocalDate();
        LocalDate b = w.to().toLocalDate();
        int days = (int) (b.toEpochDay() - a.toEpochDay()) + 1;
        WindowReceiver.Batch batch = receiver.open(w);
        StoreBench.records(a, b, days * perDay, a.toEpochDay()).forEach(batch);
        batch.commit();
        return 1;
      };
      ClickStore store = new ClickStore(db.dataSource(), source, new StoreSettings(2, 5, 1_000_000, 400, 1), CLOCK);
      WolkvoxConnection conn = new WolkvoxConnection("S" + kind + "0042", "t", ZONE);
      long t = System.nanoTime();
      StoredTotals st = store.totals(conn, pair, Purpose.INTERACTIVE);
      seconds = (System.nanoTime() - t) / 1e9;
      clicks = st.current().clicks() + st.previous().clicks();
      System.out.printf("  loaded %,d clicks (%d days x %,d) in %.1f s, %d request(s): %,.0f records/s%n", clicks,
          pair.previous().days().size() + pair.current().days().size(), perDay, seconds, st.requests(),
          clicks / seconds);
      if (kind.equals("pg")) {
        long bytes = pgBytes(db);
        System.out.printf("RESULT pg bytes_per_click %.1f (%,d bytes for %,d clicks); ingest %,.0f records/s%n",
            (double) bytes / clicks, bytes, clicks, clicks / seconds);
        return;
      }
      System.out.printf("  H2 file while open: %,d bytes%n", h2Bytes(dir));
    }
    long bytes = h2Bytes(dir);
    System.out.printf("RESULT h2 bytes_per_click %.1f (%,d bytes for %,d clicks, file after close); ingest %,.0f"
        + " records/s%n", (double) bytes / clicks, bytes, clicks, clicks / seconds);
  }

  private static long pgBytes(Database db) throws Exception {
    try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT c.relname, pg_total_relation_size(c.oid) FROM pg_class c"
          + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind = 'r' AND n.nspname = current_schema()"
          + " AND c.relname NOT LIKE 'qrtz%' ORDER BY 2 DESC")) {
        long sum = 0;
        while (rs.next()) {
          if (rs.getLong(2) > 100_000) {
            System.out.printf("    %-28s %,14d bytes%n", rs.getString(1), rs.getLong(2));
          }
          sum += rs.getLong(2);
        }
        return sum;
      }
    }
  }

  private static long h2Bytes(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.getFileName().toString().endsWith(".db")).mapToLong(p -> p.toFile().length()).sum();
    }
  }
}
