package app.clicks.slack.runtime;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A test-only checker for the JSON Schema keywords Slack's manifest schema uses (type, required, properties,
 * additionalProperties, items, min/maxLength, pattern/regex, min/maxItems, uniqueItems, enum, $ref). A keyword it
 * does not know fails the check, so a rule is never skipped silently.
 */
final class ManifestSchema {
  private static final Set<String> KNOWN = Set.of("type", "required", "properties", "additionalProperties", "items",
      "minLength", "maxLength", "pattern", "regex", "minItems", "maxItems", "uniqueItems", "enum", "$ref",
      "description", "title", "default", "$comment", "definitions", "format",
      "_note"); // _note: Slack's own comment in the schema (redirect_urls), no rule

  private final JsonObject root;

  ManifestSchema(JsonObject root) {
    this.root = root;
  }

  /** Adds to {@code problems} every way {@code value} breaks the schema. */
  void check(Object value, List<String> problems) {
    check(value, root, "$", problems);
  }

  private void check(Object value, JsonObject schema, String path, List<String> problems) {
    for (String k : schema.keySet()) {
      if (!KNOWN.contains(k)) {
        problems.add(path + ": the checker does not know the schema keyword " + k);
      }
    }
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").getAsString();
      String name = ref.substring(ref.lastIndexOf('/') + 1);
      JsonObject target = root.getAsJsonObject("definitions").getAsJsonObject(name);
      if (target == null) {
        problems.add(path + ": unknown $ref " + ref);
        return;
      }
      check(value, target, path, problems);
    }
    if (schema.has("type") && !hasType(value, schema.get("type").getAsString())) {
      problems.add(path + ": expected " + schema.get("type").getAsString() + ", got " + value);
      return;
    }
    if (schema.has("enum")) {
      boolean any = false;
      for (JsonElement e : schema.getAsJsonArray("enum")) {
        any |= e.getAsString().equals(String.valueOf(value));
      }
      if (!any) {
        problems.add(path + ": " + value + " is not one of " + schema.get("enum"));
      }
    }
    if (value instanceof String s) {
      if (schema.has("minLength") && s.length() < schema.get("minLength").getAsInt()) {
        problems.add(path + ": shorter than " + schema.get("minLength"));
      }
      if (schema.has("maxLength") && s.length() > schema.get("maxLength").getAsInt()) {
        problems.add(path + ": longer than " + schema.get("maxLength"));
      }
      for (String p : new String[] {"pattern", "regex"}) {
        if (schema.has(p) && !Pattern.compile(schema.get(p).getAsString()).matcher(s).find()) {
          problems.add(path + ": \"" + s + "\" does not match " + schema.get(p).getAsString());
        }
      }
    }
    if (value instanceof List<?> list) {
      if (schema.has("minItems") && list.size() < schema.get("minItems").getAsInt()) {
        problems.add(path + ": fewer than " + schema.get("minItems") + " items");
      }
      if (schema.has("maxItems") && list.size() > schema.get("maxItems").getAsInt()) {
        problems.add(path + ": more than " + schema.get("maxItems") + " items");
      }
      if (schema.has("uniqueItems") && schema.get("uniqueItems").getAsBoolean()
          && new HashSet<>(list).size() != list.size()) {
        problems.add(path + ": items repeat");
      }
      if (schema.has("items")) {
        for (int i = 0; i < list.size(); i++) {
          check(list.get(i), schema.getAsJsonObject("items"), path + "[" + i + "]", problems);
        }
      }
    }
    if (value instanceof Map<?, ?> map) {
      if (schema.has("required")) {
        JsonArray required = schema.getAsJsonArray("required");
        for (JsonElement r : required) {
          if (!map.containsKey(r.getAsString())) {
            problems.add(path + ": missing required " + r.getAsString());
          }
        }
      }
      JsonObject props = schema.has("properties") ? schema.getAsJsonObject("properties") : new JsonObject();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        String key = String.valueOf(e.getKey());
        if (props.has(key)) {
          check(e.getValue(), props.getAsJsonObject(key), path + "." + key, problems);
        } else if (schema.has("additionalProperties") && schema.get("additionalProperties").isJsonPrimitive()
            && !schema.get("additionalProperties").getAsBoolean()) {
          problems.add(path + ": " + key + " is not allowed");
        }
      }
    }
  }

  private static boolean hasType(Object v, String type) {
    return switch (type) {
      case "object" -> v instanceof Map;
      case "array" -> v instanceof List;
      case "string" -> v instanceof String;
      case "boolean" -> v instanceof Boolean;
      case "integer" -> v instanceof Integer;
      case "number" -> v instanceof Number;
      default -> false;
    };
  }
}
