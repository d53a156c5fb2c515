package app.clicks.wolkvox;

/**
 * Limits how many requests are in flight to one wolkvox server. The client holds a permit for the length of each
 * HTTP request. The default keeps the limit inside one JVM; the store supplies one shared through the database.
 */
public interface RequestGate {

  /** Blocks until a request to {@code serverId} may start; the permit must be closed when it ends. */
  Permit acquire(String serverId) throws InterruptedException;

  /** A held slot. */
  interface Permit extends AutoCloseable {
    @Override
    void close();
  }
}
