package app.clicks.wolkvox;

/**
 * An outcome code of wolkvox's activity codes list (chat_14's cod_act): its description, whether wolkvox flags it a
 * hit (an interaction that met its goal), and its type ("cod_act1" or "cod_act2", null when none).
 */
public record ActivityCode(String code, String description, boolean hit, String typeCode) implements DirectoryEntry {
  public ActivityCode {
    code = DirectoryEntry.id(code);
    description = DirectoryEntry.text(description);
    typeCode = DirectoryEntry.text(typeCode);
  }

  @Override
  public String id() {
    return code;
  }

  @Override
  public String name() {
    return description;
  }
}
