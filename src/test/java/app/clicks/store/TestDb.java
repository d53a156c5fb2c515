package app.clicks.store;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** The databases tests run on: an in-memory H2 in PostgreSQL mode and the PostgreSQL of TEST_DATABASE_URL. */
final class TestDb {
  static final String H2 = "h2";
  static final String PG = "pg";
  private static final Map<String, Database> SHARED = new ConcurrentHashMap<>();

  private TestDb() {}

  /** One pool per kind for the whole run; tests keep apart by using their own server ids. */
  static Database shared(String kind) {
    return SHARED.computeIfAbsent(kind, TestDb::another);
  }

  /** A second pool on the same database, as another process would have; the caller closes it. */
  static Database another(String kind) {
    return Database.open(url(kind));
  }

  static DatabaseUrl url(String kind) {
    if (H2.equals(kind)) {
      return DatabaseUrl.h2Memory("clicks_store_test");
    }
    String url = System.getenv("TEST_DATABASE_URL");
    if (url == null || url.isBlank() || url.startsWith("${")) {
      fail("TEST_DATABASE_URL is not set: run the tests with `bash .ci/test`, which starts a throwaway PostgreSQL.");
    }
    return DatabaseUrl.postgres(url);
  }

  /** A fresh wolkvox server id, so that tests sharing a database do not see each other's rows. */
  static String newServer() {
    return "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
  }
}
