package app.clicks.wolkvox;

import app.clicks.report.Directory;
import app.clicks.report.Names;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The built-in demo directory: names for the agents and routing points {@link DemoClickSource} uses, and its
 * outcome codes with wolkvox's hit flag (a sale is a hit), so that the demo shows names and conversions with no
 * network, and names for two of its ads ({@link #AD_NAMES}). Like wolkvox, it has a code with an empty description
 * and a cod_act2 code with no hit.
 */
public final class DemoDirectorySource implements DirectorySource {
  private static final List<DirectoryEntry> AGENTS = List.of(
      new Agent("1001", "Ana Gómez", true),
      new Agent("1002", "Carlos Ruiz", true),
      new Agent("1003", "Valentina Torres", true),
      new Agent("1004", "Andrés Castro", true),
      new Agent("1005", "Camila Herrera", true),
      new Agent("1006", "Juan Pablo Díaz", true),
      new Agent("1007", "Laura Moreno", true),
      new Agent("1008", "Santiago Rojas", true),
      new Agent("1009", "Daniela Vargas", true),
      new Agent("1010", "Mateo Jiménez", true),
      new Agent("1011", "Sofía Ramírez", true),
      new Agent("1012", "Felipe Ortiz", false));
  private static final List<DirectoryEntry> ROUTING_POINTS = List.of(
      new RoutingPoint("RP_VENTAS", "Ventas WhatsApp"),
      new RoutingPoint("RP_SOPORTE", "Soporte técnico"),
      new RoutingPoint("RP_RETENCION", "Retención de clientes"));
  private static final List<DirectoryEntry> ACTIVITY_CODES = List.of(
      new ActivityCode("VENTA", "Venta realizada", true, "cod_act1"),
      new ActivityCode("INTERESADO", "Cliente interesado, volver a llamar", false, "cod_act1"),
      new ActivityCode("NO_INTERESADO", "No interesado", false, "cod_act1"),
      new ActivityCode("PLAN_HOGAR", "Plan hogar", false, "cod_act2"),
      new ActivityCode("SIN_DESCRIPCION", " ", false, "cod_act1"));

  /**
   * Names an admin might have given two of {@link DemoClickSource}'s ads: the demo shows named ads with no
   * settings (a workspace's own names win over these).
   */
  public static final Map<String, String> AD_NAMES = Map.of(
      "120210000000001", "Black Friday: planes móviles",
      "120210000000002", "Fibra 600 megas");

  /** The demo directory as a report reads it, without a store (the `report --demo` command). */
  public static Directory directory() {
    return new Directory(names(AGENTS, false), names(ROUTING_POINTS, false), names(ACTIVITY_CODES, true),
        ACTIVITY_CODES.stream().filter(e -> ((ActivityCode) e).hit()).map(DirectoryEntry::id)
            .collect(Collectors.toSet()));
  }

  private static Names names(List<DirectoryEntry> entries, boolean codes) {
    Map<String, String> byId = new HashMap<>();
    entries.forEach(e -> byId.put(e.id(), e.name()));
    return codes ? Names.ofCodes(byId) : Names.of(byId);
  }

  @Override
  public List<DirectoryEntry> read(WolkvoxConnection connection, DirectoryList list, CallCounter calls) {
    return switch (list) {
      case AGENTS -> AGENTS;
      case ROUTING_POINTS -> ROUTING_POINTS;
      case ACTIVITY_CODES -> ACTIVITY_CODES;
    };
  }
}
