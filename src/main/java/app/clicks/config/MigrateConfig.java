package app.clicks.config;

import app.clicks.store.DatabaseUrl;
import java.util.Map;

/**
 * The `migrate` command's settings: only where the database is (DATABASE_URL, or the H2 file under DATA_DIR).
 *
 * @param database the database to migrate; its {@code toString()} never shows a password
 */
public record MigrateConfig(DatabaseUrl database) {

  /**
   * Reads and checks the environment.
   *
   * @throws ConfigException when DATABASE_URL cannot be used (never showing its password)
   */
  public static MigrateConfig from(Map<String, String> environment) {
    Env env = new Env(environment);
    DatabaseUrl database = Variables.database(env, Variables.dataDir(env));
    env.throwIfAnyProblem();
    return new MigrateConfig(database);
  }
}
