package app.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.slack.common.Workspaces;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** In demo mode /clicks and the digest read every workspace as connected to the demo server, in its own zone. */
class DemoWorkspacesTest {
  private static final WorkspaceKey KEY = new WorkspaceKey(null, "T0DEMO");
  private final Map<WorkspaceKey, WorkspaceSettings> saved = new HashMap<>();
  private final SettingsStore stored = new SettingsStore() {
    @Override
    public Optional<WorkspaceSettings> find(WorkspaceKey key) {
      return Optional.ofNullable(saved.get(key));
    }

    @Override
    public void save(WorkspaceSettings settings) {
      saved.put(settings.key(), settings);
    }

    @Override
    public void delete(WorkspaceKey key) {
      saved.remove(key);
    }
  };
  private final DemoWorkspaces demo = new DemoWorkspaces(stored, ZoneId.of("America/Mexico_City"));

  @Test
  void aWorkspaceThatConnectedNothingReadsTheDemoServerInTheConfiguredZone() {
    WorkspaceSettings s = demo.find(KEY).orElseThrow();
    assertEquals(DemoWorkspaces.SERVER, s.serverId());
    assertTrue(Workspaces.connected(s), "/clicks answers");
    assertTrue(WolkvoxConnection.isValidServerId(s.serverId()), "the digest answers");
    assertEquals(ZoneId.of("America/Mexico_City"), s.zone());
  }

  @Test
  void aConnectedWorkspaceKeepsItsZoneAndLanguageButReadsTheDemoServer() {
    stored.save(new WorkspaceSettings(KEY, "0042", "real-token", TokenState.UNREADABLE, ZoneId.of("America/Lima"),
        Locale.forLanguageTag("es"), "U0ADMIN", Instant.EPOCH));
    WorkspaceSettings s = demo.find(KEY).orElseThrow();
    assertEquals(DemoWorkspaces.SERVER, s.serverId(), "demo clicks are never stored under a real server");
    assertTrue(Workspaces.connected(s));
    assertEquals(ZoneId.of("America/Lima"), s.zone());
    assertEquals(Locale.forLanguageTag("es"), s.language());
  }
}
