package app.clicks.wolkvox;

/** A routing point of wolkvox's routing points list: chat_14's rp_id and its name. */
public record RoutingPoint(String id, String name) implements DirectoryEntry {
  public RoutingPoint {
    id = DirectoryEntry.id(id);
    name = DirectoryEntry.text(name);
  }
}
