package app.clicks.config;

import app.clicks.store.DatabaseUrl;
import app.clicks.store.StoreSettings;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxSettings;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The `report` command's settings, read once from the environment: no Slack variable is needed. The wolkvox server
 * and token are checked only when the command reads wolkvox ({@link #connection()}): the demo data and a saved
 * answer need neither.
 *
 * @param zone the report timezone (REPORT_TIMEZONE)
 * @param demo the built-in demo data instead of wolkvox (WOLKVOX_DEMO, or the command's --demo)
 * @param wolkvoxServer WOLKVOX_SERVER as given, or null
 * @param wolkvoxToken WOLKVOX_TOKEN as given, or null; never shown by {@link #toString()}
 */
public record ReportConfig(
    ZoneId zone,
    boolean demo,
    String wolkvoxServer,
    String wolkvoxToken,
    DatabaseUrl database,
    StoreSettings store,
    WolkvoxSettings wolkvox) {

  /**
   * Reads and checks the environment.
   *
   * @throws ConfigException naming every invalid setting (never a value of a secret)
   */
  public static ReportConfig from(Map<String, String> environment) {
    Env env = new Env(environment);
    ZoneId zone = Variables.zone(env);
    boolean demo = Variables.demo(env);
    DatabaseUrl database = Variables.database(env, Variables.dataDir(env));
    int maxInFlight = Variables.maxInFlight(env);
    WolkvoxSettings wolkvox = Variables.wolkvox(env, maxInFlight);
    StoreSettings store = Variables.store(env, maxInFlight);
    String server = env.text("WOLKVOX_SERVER");
    String token = env.text("WOLKVOX_TOKEN");
    env.throwIfAnyProblem();
    return new ReportConfig(zone, demo, server, token, database, store, wolkvox);
  }

  /**
   * The wolkvox operation WOLKVOX_SERVER and WOLKVOX_TOKEN name, in the report timezone.
   *
   * @throws ConfigException naming what is missing or wrong
   */
  public WolkvoxConnection connection() {
    List<String> problems = new ArrayList<>();
    if (wolkvoxServer == null) {
      problems.add("WOLKVOX_SERVER is not set (your wolkvox server id, for example 0042)");
    } else if (!WolkvoxConnection.isValidServerId(wolkvoxServer)) {
      problems.add("WOLKVOX_SERVER must be letters and digits only (for example 0042)");
    }
    if (wolkvoxToken == null) {
      problems.add("WOLKVOX_TOKEN is not set (the wolkvox API token)");
    }
    if (!problems.isEmpty()) {
      throw new ConfigException(problems);
    }
    return new WolkvoxConnection(wolkvoxServer, wolkvoxToken, zone);
  }

  /** Without the token. */
  @Override
  public String toString() {
    return "ReportConfig[zone=" + zone + ", demo=" + demo + ", wolkvoxServer=" + wolkvoxServer + ", database="
        + database + ", store=" + store + ", wolkvox=" + wolkvox + "]";
  }
}
