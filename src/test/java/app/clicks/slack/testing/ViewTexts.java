package app.clicks.slack.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the texts people would see in a view's JSON (every "text" string), to check what a view says. */
public final class ViewTexts {
  private ViewTexts() {}

  public static String of(String viewJson) {
    List<String> out = new ArrayList<>();
    collect(JsonParser.parseString(viewJson), out);
    return String.join("\n", out);
  }

  private static void collect(JsonElement e, List<String> out) {
    if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collect(x, out));
    } else if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> m : e.getAsJsonObject().entrySet()) {
        if (m.getKey().equals("text") && m.getValue().isJsonPrimitive()) {
          out.add(m.getValue().getAsString());
        } else {
          collect(m.getValue(), out);
        }
      }
    }
  }
}
