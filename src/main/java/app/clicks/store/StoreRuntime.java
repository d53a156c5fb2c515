package app.clicks.store;

import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.RequestGate;
import java.time.Clock;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything the store needs, opened from the environment: the database (DATABASE_URL or DATA_DIR), the shared
 * request gate to hand to the wolkvox client, and the click store reading through that client.
 */
public record StoreRuntime(Database database, DbRequestGate gate, ClickStore store) implements AutoCloseable {

  /**
   * Opens the database and builds the store; {@code sources} makes the click source (the wolkvox client) from the
   * gate it must use. Bad settings throw IllegalArgumentException naming the variable.
   */
  public static StoreRuntime open(Map<String, String> env, Function<RequestGate, ClickSource> sources, Clock clock) {
    StoreSettings settings = StoreSettings.fromEnv(env);
    Database database = Database.fromEnv(env);
    try {
      DbRequestGate gate = new DbRequestGate(database.dataSource(), settings.maxInFlight(), clock);
      ClickStore store = new ClickStore(database.dataSource(), sources.apply(gate), settings, clock);
      return new StoreRuntime(database, gate, store);
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  @Override
  public void close() {
    database.close();
  }
}
