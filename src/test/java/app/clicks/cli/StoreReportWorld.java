package app.clicks.cli;

import app.clicks.wolkvox.WolkvoxStandIn;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What the report through the store is tested with: a known day served by the wolkvox stand-in, and its env. */
final class StoreReportWorld {
  static final String TOKEN = "cli-token-abcdef123";

  private StoreReportWorld() {}

  /**
   * 23 November 2026 (Bogota): 6 clicks on AD1 from 08:00 (4 by agent 201, 2 by 202), one on AD2 without an agent;
   * and one click on AD2 the day before.
   */
  static List<WolkvoxStandIn.Row> yesterday() {
    List<WolkvoxStandIn.Row> rows = new ArrayList<>();
    LocalDateTime day = LocalDateTime.of(2026, 11, 23, 8, 0);
    for (int i = 0; i < 6; i++) {
      rows.add(new WolkvoxStandIn.Row("AD1", "c" + i, i < 4 ? "201" : "202", day.plusMinutes(i * 37), "VENTA"));
    }
    rows.add(new WolkvoxStandIn.Row("AD2", "c9", "", day.plusHours(12), ""));
    rows.add(new WolkvoxStandIn.Row("AD2", "c8", "203", day.minusDays(1), "VENTA"));
    return rows;
  }

  /**
   * wolkvox's directory of server 0042: agents 201 and 202 by name (203 unknown, which costs one extra read of the
   * agents list the first time it is met), the routing point, and VENTA flagged as a hit.
   */
  static WolkvoxStandIn.Directory directory() {
    return new WolkvoxStandIn.Directory(Map.of("201", "Ana Gómez", "202", "Luis Pérez", "203", "Marta Díaz"),
        Map.of("RP_WA", "Ventas WhatsApp"), Map.of("VENTA", "Venta realizada", "CITA", "Cita agendada"),
        java.util.Set.of("VENTA"));
  }

  /** Serves the known day and the directory. */
  static WolkvoxStandIn.Responder serving() {
    return WolkvoxStandIn.withDirectory(directory(), WolkvoxStandIn.serving(yesterday(), 60_000));
  }

  /** The environment that points the report at {@code wolkvox} (server 0042) with its store under {@code dataDir}. */
  static Map<String, String> env(WolkvoxStandIn wolkvox, Path dataDir, String... more) {
    Map<String, String> env = new HashMap<>(Map.of("WOLKVOX_SERVER", "0042", "WOLKVOX_TOKEN", TOKEN,
        "WOLKVOX_BASE_URL", wolkvox.baseUrl(), "DATA_DIR", dataDir.toString()));
    for (int i = 0; i + 1 < more.length; i += 2) {
      env.put(more[i], more[i + 1]);
    }
    return Map.copyOf(env);
  }
}
