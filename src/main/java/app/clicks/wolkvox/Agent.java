package app.clicks.wolkvox;

/** An agent of wolkvox's agents list: its extension number (chat_14's agent_id), name, and whether it is enabled. */
public record Agent(String id, String name, boolean enabled) implements DirectoryEntry {
  public Agent {
    id = DirectoryEntry.id(id);
    name = DirectoryEntry.text(name);
  }
}
