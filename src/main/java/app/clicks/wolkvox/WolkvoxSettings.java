package app.clicks.wolkvox;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;

/**
 * How the client talks to wolkvox: where, how many requests at once, the record cap that means "maybe cut", and
 * its timeouts and retries. Config reads the variables named below from the environment.
 *
 * @param baseUrl replaces {@code https://wv{server}.wolkvox.com} for every server when not null (WOLKVOX_BASE_URL)
 * @param maxInFlight requests in flight per wolkvox server, 1 or 2 (WOLKVOX_MAX_IN_FLIGHT)
 * @param maxRecords an answer with this many records may have been cut (WOLKVOX_MAX_RECORDS)
 * @param tries attempts per window for transient failures, the first included
 */
public record WolkvoxSettings(
    String baseUrl,
    int maxInFlight,
    int maxRecords,
    Duration connectTimeout,
    Duration readTimeout,
    int tries,
    Duration firstBackoff) {

  public static final int DEFAULT_MAX_IN_FLIGHT = 1;
  public static final int DEFAULT_MAX_RECORDS = 60_000;

  public WolkvoxSettings {
    if (baseUrl != null) {
      baseUrl = checkBaseUrl(baseUrl);
    }
    if (maxInFlight < 1 || maxInFlight > 2) {
      throw new IllegalArgumentException("maxInFlight must be 1 or 2 (wolkvox allows 2 requests per token)");
    }
    if (maxRecords < 1 || maxRecords > DEFAULT_MAX_RECORDS) {
      throw new IllegalArgumentException("maxRecords must be between 1 and 60000");
    }
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1");
    }
    requirePositive(connectTimeout, "connectTimeout");
    requirePositive(readTimeout, "readTimeout");
    if (firstBackoff == null || firstBackoff.isNegative()) {
      throw new IllegalArgumentException("firstBackoff must not be negative");
    }
  }

  /** The defaults: wolkvox's own hosts, 1 request in flight, 60000 records, 90 s read timeout, 3 tries. */
  public static WolkvoxSettings defaults() {
    return new WolkvoxSettings(null, DEFAULT_MAX_IN_FLIGHT, DEFAULT_MAX_RECORDS, Duration.ofSeconds(10),
        Duration.ofSeconds(90), 3, Duration.ofSeconds(2));
  }

  /** A copy with another base URL (null for wolkvox's own hosts). */
  public WolkvoxSettings withBaseUrl(String url) {
    return new WolkvoxSettings(url, maxInFlight, maxRecords, connectTimeout, readTimeout, tries, firstBackoff);
  }

  /** A copy with another record cap. */
  public WolkvoxSettings withMaxRecords(int n) {
    return new WolkvoxSettings(baseUrl, maxInFlight, n, connectTimeout, readTimeout, tries, firstBackoff);
  }

  /** A copy with another number of requests in flight per server. */
  public WolkvoxSettings withMaxInFlight(int n) {
    return new WolkvoxSettings(baseUrl, n, maxRecords, connectTimeout, readTimeout, tries, firstBackoff);
  }

  /** A copy with another read timeout. */
  public WolkvoxSettings withReadTimeout(Duration d) {
    return new WolkvoxSettings(baseUrl, maxInFlight, maxRecords, connectTimeout, d, tries, firstBackoff);
  }

  /** The base of every URL for {@code serverId}, without a trailing slash. */
  public String baseFor(String serverId) {
    return baseUrl != null ? baseUrl : "https://wv" + serverId + ".wolkvox.com";
  }

  private static String checkBaseUrl(String raw) {
    String url = raw.strip();
    while (url.endsWith("/")) {
      url = url.substring(0, url.length() - 1);
    }
    URI uri;
    try {
      uri = new URI(url);
    } catch (Exception e) {
      throw new IllegalArgumentException("WOLKVOX_BASE_URL is not a URL (for example http://127.0.0.1:8089)");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null
        || uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "WOLKVOX_BASE_URL must be an http or https URL with a host and no query (for example http://127.0.0.1:8089)");
    }
    return url;
  }

  private static void requirePositive(Duration d, String name) {
    if (d == null || d.isZero() || d.isNegative()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }
}
