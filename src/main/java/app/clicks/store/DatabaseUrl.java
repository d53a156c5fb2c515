package app.clicks.store;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Where the database is: PostgreSQL from DATABASE_URL (Heroku's postgres:// form or jdbc:postgresql:), else an
 * embedded H2 file under DATA_DIR. {@link #toString()} never shows the password.
 */
public record DatabaseUrl(String jdbcUrl, String user, String password, boolean postgres) {
  /** H2 settings shared by the file and the in-memory databases. */
  public static final String H2_MODE =
      ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=600000";

  /** An embedded H2 file {@code clicks} in {@code dir}, open to other processes (AUTO_SERVER). */
  public static DatabaseUrl h2File(Path dir) {
    String path = dir.toAbsolutePath().normalize().resolve("clicks").toString();
    return new DatabaseUrl("jdbc:h2:file:" + path + ";AUTO_SERVER=TRUE" + H2_MODE, "sa", "", false);
  }

  /** An in-memory H2 database that lives as long as the JVM (for tests and the demo). */
  public static DatabaseUrl h2Memory(String name) {
    return new DatabaseUrl("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_MODE, "sa", "", false);
  }

  /** Parses a PostgreSQL URL in the postgres://, postgresql:// or jdbc:postgresql: form. */
  public static DatabaseUrl postgres(String url) {
    if (url.startsWith("jdbc:postgresql:")) {
      return new DatabaseUrl(withBatchRewrite(url), null, null, true);
    }
    if (!url.startsWith("postgres://") && !url.startsWith("postgresql://")) {
      throw bad("it must start with postgres://, postgresql:// or jdbc:postgresql:");
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (URISyntaxException e) {
      throw bad("it is not a valid URL (check for unescaped characters in the password)");
    }
    String host = uri.getHost();
    String path = uri.getRawPath();
    if (host == null || path == null || path.length() < 2) {
      throw bad("it needs a host and a database name: postgres://user:password@host:port/database");
    }
    String user = null;
    String password = null;
    String info = uri.getRawUserInfo();
    if (info != null) {
      int colon = info.indexOf(':');
      user = decode(colon < 0 ? info : info.substring(0, colon));
      password = colon < 0 ? null : decode(info.substring(colon + 1));
    }
    String port = uri.getPort() < 0 ? "" : ":" + uri.getPort();
    String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    String jdbc = "jdbc:postgresql://" + host + port + path + query;
    return new DatabaseUrl(withBatchRewrite(jdbc), user, password, true);
  }

  private static String withBatchRewrite(String jdbc) {
    if (jdbc.contains("reWriteBatchedInserts=")) {
      return jdbc;
    }
    return jdbc + (jdbc.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true";
  }

  private static String decode(String s) {
    return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
  }

  private static IllegalArgumentException bad(String why) {
    return new IllegalArgumentException("DATABASE_URL cannot be used: " + why + ".");
  }

  /** The JDBC URL without any password it may carry, for logs and messages. */
  public String safeDescription() {
    return jdbcUrl.replaceAll("(?i)(password=)[^&;]*", "$1***");
  }

  @Override
  public String toString() {
    return "DatabaseUrl[" + safeDescription() + ", user=" + user + "]";
  }
}
