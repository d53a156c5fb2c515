package app.clicks.slack.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.JdbcSettingsStore;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.TestKeys;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Home tab as people see it, and what happens to the settings on uninstall, revoked tokens and restarts. */
class HomeTabTest {
  static final String TOKEN = "wolkvox-Tok3n-5ecret-7f3a9c";

  HomeHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new HomeHarness();
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  static WorkspaceSettings saved(String lang) {
    return new WorkspaceSettings(HomeHarness.WORKSPACE, "0042", TOKEN, TokenState.OK, ZoneId.of("America/Bogota"),
        Locale.forLanguageTag(lang), "U0ADMIN", Instant.parse("2026-11-20T12:00:00Z"));
  }

  String openHome(String user) throws Exception {
    assertEquals(200, h.event(HomePayloads.homeOpened(user)).statusCode());
    SlackStandIn.Call publish = h.slack.next("views.publish");
    assertEquals(user, publish.params().get("user_id"));
    return ViewTexts.of(publish.params().get("view"));
  }

  @Test
  void anAdminSeesTheStatusAndTheButtons() throws Exception {
    h.slack.user("U0ADMIN", true, "en-US");
    h.store.save(saved("en"));
    String home = openHome("U0ADMIN");
    assertTrue(home.contains("*Server*\n0042"), home);
    assertTrue(home.contains("`…3a9c`"), home);
    assertFalse(home.contains(TOKEN), home);
    assertTrue(home.contains("<!date^1795445700^"), "last successful fetch: " + home);
    assertTrue(home.contains("7 of 500"), home);
    assertTrue(home.contains("Change connection") && home.contains("Test connection") && home.contains("Disconnect"));
    assertTrue(home.contains("The token of server 0042 will be deleted"), "disconnect asks first: " + home);
  }

  @Test
  void todaysWolkvoxCallsAreCountedInTheWorkspacesOwnTimezone() throws Exception {
    h.slack.user("U0ADMIN", true, "en-US");
    WorkspaceSettings bogota = saved("en");
    ZoneId mexico = ZoneId.of("America/Mexico_City");
    h.store.save(new WorkspaceSettings(bogota.key(), bogota.serverId(), bogota.token(), bogota.tokenState(), mexico,
        bogota.language(), bogota.changedBy(), bogota.changedAt()));
    assertTrue(openHome("U0ADMIN").contains("7 of 500"));
    assertEquals(mexico, h.stats.callsZone, "the day the budget counts calls in is the workspace's");
  }

  @Test
  void aMemberSeesTheStatusWithoutButtons() throws Exception {
    h.slack.user("U0MEMBER", false, "en-US");
    h.store.save(saved("en"));
    String home = openHome("U0MEMBER");
    assertTrue(home.contains("0042"), home);
    assertFalse(home.contains("Change connection") || home.contains("Disconnect"), home);
    assertTrue(home.contains("Only workspace admins can change the wolkvox connection."), home);
  }

  @Test
  void notConnectedTellsAdminsToConnectAndOthersToAskAnAdmin() throws Exception {
    h.slack.user("U0ADMIN", true, "en-US");
    h.slack.user("U0MEMBER", false, "en-US");
    String admin = openHome("U0ADMIN");
    assertTrue(admin.contains("Connect wolkvox") && !admin.contains("Test connection"), admin);
    assertTrue(openHome("U0MEMBER").contains("Ask a workspace admin to connect it here."));
  }

  @Test
  void theHomeTabSpeaksTheUsersSlackLanguage() throws Exception {
    h.slack.user("U0ES", true, "es-LA");
    h.slack.user("U0PT", true, "pt-BR");
    String es = openHome("U0ES");
    assertTrue(es.contains("*wolkvox aún no está conectado.*") && es.contains("Conectar wolkvox"), es);
    String pt = openHome("U0PT");
    assertTrue(pt.contains("*O wolkvox ainda não está conectado.*"), pt);
  }

  @Test
  void withoutASlackLocaleTheWorkspaceLanguageIsUsed() throws Exception {
    h.store.save(saved("es"));
    h.slack.on("users.info", c -> SlackStandIn.Answer.ok(
        "{\"ok\":true,\"user\":{\"id\":\"U0ADMIN\",\"is_admin\":true,\"is_owner\":false}}"));
    String home = openHome("U0ADMIN");
    assertTrue(home.contains("*Conexión con wolkvox*") && home.contains("Cambiar conexión"), home);
  }

  @Test
  void aTokenNoKeyOpensShowsReconnectNotAnError() throws Exception {
    h.slack.user("U0ADMIN", true, "en-US");
    new JdbcSettingsStore(h.db, TestKeys.cipher(TestKeys.newKey())).save(saved("en"));
    String home = openHome("U0ADMIN");
    assertTrue(home.contains("*Token*\n:warning: reconnect"), home);
    assertTrue(home.contains("An admin must *reconnect* wolkvox"), home);
    assertFalse(home.contains("Test connection"), home);

    h.interaction(HomePayloads.button("U0ADMIN", HomePayloads.CONNECT));
    String modal = h.slack.next("views.open").params().get("view");
    assertFalse(modal.contains("Leave empty"), "an unreadable token cannot be kept: " + modal);
    String ack = h.interaction(HomePayloads.submission("U0ADMIN", "0042", null, "UTC", "en")).body();
    assertTrue(ack.contains("\"errors\"") && ack.contains("token"), ack);
  }

  @Test
  void uninstallDeletesTheWorkspacesSettings() throws Exception {
    h.store.save(saved("en"));
    assertEquals(200, h.event(HomePayloads.appUninstalled()).statusCode());
    assertEquals(Optional.empty(), h.store.find(HomeHarness.WORKSPACE));
  }

  @Test
  void revokedBotTokensDeleteTheSettingsButRevokedUserTokensDoNot() throws Exception {
    h.store.save(saved("en"));
    assertEquals(200, h.event(HomePayloads.tokensRevoked(false)).statusCode());
    assertTrue(h.store.find(HomeHarness.WORKSPACE).isPresent());
    assertEquals(200, h.event(HomePayloads.tokensRevoked(true)).statusCode());
    assertEquals(Optional.empty(), h.store.find(HomeHarness.WORKSPACE));
  }

  @Test
  void aRestartOnTheSameDatabaseKeepsTheSettings() throws Exception {
    h.slack.user("U0ADMIN", true, "en-US");
    h.interaction(HomePayloads.submission("U0ADMIN", "0042", TOKEN, "America/Lima", "en"));
    h.slack.next("views.publish");
    h = h.restart();
    h.slack.user("U0ADMIN", true, "en-US");
    String home = openHome("U0ADMIN");
    assertTrue(home.contains("*Server*\n0042") && home.contains("`…3a9c`") && home.contains("America/Lima"), home);
    assertEquals(TOKEN, h.store.find(HomeHarness.WORKSPACE).orElseThrow().token());
  }

  @Test
  void aWrongSignatureOrAStaleTimestampIsRefused() throws Exception {
    String body = HomePayloads.homeOpened("U0ADMIN");
    HttpRequest forged = new SignedRequests("not-the-secret", h.server.eventsUrl()).event(body);
    assertEquals(401, h.send(forged).statusCode());
    HttpRequest stale = h.signed.signed(body, "application/json", Instant.now().minusSeconds(600));
    assertEquals(401, h.send(stale).statusCode());
    assertFalse(h.slack.methods().contains("views.publish"));
  }
}
