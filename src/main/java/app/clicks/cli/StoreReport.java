package app.clicks.cli;

import app.clicks.report.PeriodPair;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.store.Purpose;
import app.clicks.store.StoreException;
import app.clicks.store.StoreRuntime;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxClient;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import app.clicks.wolkvox.WolkvoxSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * `report <period>` against wolkvox: reads WOLKVOX_SERVER and WOLKVOX_TOKEN (plus the store's and client's
 * settings) from the environment and answers through the click store, so asking again costs wolkvox nothing.
 */
final class StoreReport {
  private StoreReport() {}

  static Summary summary(Map<String, String> env, Clock clock, PeriodPair periods, ZoneId zone, int top)
      throws WolkvoxException {
    WolkvoxConnection connection = connection(env, zone);
    WolkvoxSettings clientSettings;
    try {
      clientSettings = WolkvoxSettings.fromEnv(env);
    } catch (IllegalArgumentException e) {
      throw new ReportCommand.ReportFailure(e.getMessage());
    }
    StoreRuntime runtime;
    try {
      runtime =
          StoreRuntime.open(
              env,
              gate -> new WolkvoxClient(clientSettings, WolkvoxClient.httpClient(clientSettings), gate, Sleeper.SYSTEM),
              clock);
    } catch (IllegalArgumentException e) {
      throw new ReportCommand.ReportFailure(e.getMessage());
    } catch (StoreException e) {
      throw new ReportCommand.ReportFailure("the click store cannot be opened: " + e.getMessage());
    }
    try (runtime) {
      StoredTotals t = runtime.store().totals(connection, periods, Purpose.INTERACTIVE);
      return Summaries.of(
          periods, t.current(), t.previous(), top, new Summary.DataNote(t.fetchedAt(), t.storeOnly(), "wolkvox"));
    } catch (StoreException e) {
      throw new ReportCommand.ReportFailure("the click store failed: " + e.getMessage());
    }
  }

  private static WolkvoxConnection connection(Map<String, String> env, ZoneId zone) {
    String server = env.getOrDefault("WOLKVOX_SERVER", "").trim();
    String token = env.getOrDefault("WOLKVOX_TOKEN", "").trim();
    List<String> problems = new ArrayList<>();
    if (server.isEmpty()) {
      problems.add("WOLKVOX_SERVER is not set (your wolkvox server id, for example 0042)");
    } else if (!WolkvoxConnection.isValidServerId(server)) {
      problems.add("WOLKVOX_SERVER must be letters and digits only (for example 0042)");
    }
    if (token.isEmpty()) {
      problems.add("WOLKVOX_TOKEN is not set (the wolkvox API token)");
    }
    if (!problems.isEmpty()) {
      throw new ReportCommand.ReportFailure(
          String.join("; ", problems) + ". Or try the built-in demo data: report yesterday --demo");
    }
    return new WolkvoxConnection(server, token, zone);
  }
}
