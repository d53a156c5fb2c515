package app.clicks.slack.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The connect modal offers REPORT_TIMEZONE to a workspace that has no zone yet, and a workspace's own zone after. */
class ConnectModalZoneTest {
  static final String ADMIN = "U0ADMIN";

  @ParameterizedTest
  @ValueSource(strings = {"America/Mexico_City", "Europe/Madrid"})
  void theModalDefaultsToTheConfiguredReportTimezone(String configured) throws Exception {
    try (HomeHarness h = new HomeHarness(ZoneId.of(configured))) {
      h.slack.user(ADMIN, true, "en-US");

      assertEquals(configured, zoneOffered(h), "nothing saved yet: REPORT_TIMEZONE");

      h.store.save(new WorkspaceSettings(HomeHarness.WORKSPACE, "0042", "wolkvox-Tok3n-5ecret", TokenState.OK,
          ZoneId.of("America/Lima"), Locale.ENGLISH, ADMIN, Instant.parse("2026-11-20T12:00:00Z")));
      assertEquals("America/Lima", zoneOffered(h), "the workspace's own zone once it has one");
    }
  }

  /** The initial option of the modal's zone select, as Slack receives it in views.open. */
  private static String zoneOffered(HomeHarness h) throws Exception {
    assertEquals(200, h.interaction(HomePayloads.button(ADMIN, ConnectActions.CONNECT)).statusCode());
    JsonObject view = JsonParser.parseString(h.slack.next("views.open").params().get("view")).getAsJsonObject();
    for (JsonElement block : view.getAsJsonArray("blocks")) {
      JsonObject b = block.getAsJsonObject();
      if (b.has("block_id") && ConnectModal.ZONE.equals(b.get("block_id").getAsString())) {
        return b.getAsJsonObject("element").getAsJsonObject("initial_option").get("value").getAsString();
      }
    }
    throw new AssertionError("no zone select in " + view);
  }
}
