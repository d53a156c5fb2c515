package app.clicks.slack.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonParser;
import com.slack.api.util.json.GsonFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Compares a Block Kit object, as Slack's client serialises it, with a golden file under src/test/resources/golden. */
public final class Golden {
  private Golden() {}

  public static String json(Object blockKit) {
    String raw = GsonFactory.createSnakeCase().toJson(blockKit);
    return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(JsonParser.parseString(raw)) + "\n";
  }

  /** Fails when the golden file differs; a missing one is written to target/golden-actual for review. */
  public static void assertMatches(String name, Object blockKit) throws IOException {
    String actual = json(blockKit);
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      if (in == null) {
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
        fail("no golden file " + name + "; the actual rendering is in " + out + " for review");
      }
      assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
    }
  }
}
