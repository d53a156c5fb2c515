package app.clicks.slack.connect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.common.Texts;
import app.clicks.slack.testing.HomeHarness;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.FakeClickSource;
import app.clicks.wolkvox.WolkvoxException;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An admin connects wolkvox from the App Home; anyone else is refused and changes nothing. */
class ConnectFlowTest {
  static final String TOKEN = "wolkvox-Tok3n-5ecret-7f3a9c";
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";

  HomeHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new HomeHarness();
    h.slack.user(ADMIN, true, "en-US");
    h.slack.user(MEMBER, false, "en-US");
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return JsonParser.parseString(r.body()).getAsJsonObject();
  }

  WorkspaceSettings saved(String serverId, String token) {
    return new WorkspaceSettings(HomeHarness.WORKSPACE, serverId, token, TokenState.OK, ZoneId.of("America/Bogota"),
        Locale.ENGLISH, ADMIN, Instant.parse("2026-11-20T12:00:00Z"));
  }

  @Test
  void theConnectButtonOpensTheModalWithoutAnyToken() throws Exception {
    h.store.save(saved("0042", TOKEN));
    assertEquals(200, h.interaction(HomePayloads.button(ADMIN, ConnectActions.CONNECT)).statusCode());
    SlackStandIn.Call open = h.slack.next("views.open");
    assertEquals("1111.2222.trigger", open.params().get("trigger_id"));
    String view = open.params().get("view");
    assertTrue(view.contains(ConnectActions.CONNECT_MODAL), view);
    assertTrue(view.contains("\"initial_value\":\"0042\""), view);
    assertFalse(view.contains(TOKEN), "the token is never sent back to Slack");
    assertTrue(ViewTexts.of(view).contains("Leave empty to keep the current token (…3a9c)"));
  }

  @Test
  void formatProblemsComeBackAsFieldErrorsAndNothingIsSaved() throws Exception {
    JsonObject ack = json(h.interaction(HomePayloads.submission(ADMIN, "00-42", "short", "America/Lima", "es")));
    assertEquals("errors", ack.get("response_action").getAsString());
    JsonObject errors = ack.getAsJsonObject("errors");
    assertTrue(errors.get(ConnectModal.SERVER).getAsString().contains("letters and digits"), errors.toString());
    assertTrue(errors.get(ConnectModal.TOKEN).getAsString().contains("8 to 512"), errors.toString());
    assertEquals(2, errors.size(), errors.toString());
    assertEquals(Optional.empty(), h.store.find(HomeHarness.WORKSPACE));

    JsonObject noToken = json(h.interaction(HomePayloads.submission(ADMIN, "0042", null, "America/Lima", "es")));
    assertTrue(noToken.getAsJsonObject("errors").get(ConnectModal.TOKEN).getAsString().contains("Enter the wolkvox API token"));
    assertNull(h.wolkvox.asked.peek(), "no test without a valid submission");
  }

  @Test
  void aValidSubmissionSavesTestsAndShowsTheVerdictInTheModalAndTheHomeTab() throws Exception {
    JsonObject ack = json(h.interaction(HomePayloads.submission(ADMIN, "0042", TOKEN, "America/Lima", "es")));
    assertEquals("update", ack.get("response_action").getAsString());
    assertTrue(ViewTexts.of(ack.get("view").toString()).contains("Testing the connection to wolkvox server 0042"));

    WorkspaceSettings s = h.store.find(HomeHarness.WORKSPACE).orElseThrow();
    assertEquals("0042", s.serverId());
    assertEquals(TOKEN, s.token());
    assertEquals(ZoneId.of("America/Lima"), s.zone());
    assertEquals("es", s.language().getLanguage());
    assertEquals(ADMIN, s.changedBy());
    assertEquals(HomeHarness.NOW, s.changedAt());

    FakeClickSource.Asked asked = h.wolkvox.asked.take();
    assertEquals(TOKEN, asked.connection().token());
    assertEquals(ZoneId.of("America/Lima"), asked.connection().zone());
    assertEquals("20261123090000..20261123100000", asked.window().toString(), "the last hour in Lima");

    SlackStandIn.Call update = h.slack.next("views.update");
    assertEquals("V0MODAL", update.params().get("view_id"));
    String verdict = ViewTexts.of(update.params().get("view"));
    assertTrue(verdict.contains("Connected."), verdict);
    assertTrue(verdict.contains("3 chats in the last hour on server 0042"), verdict);

    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("*Server*\n0042"), home);
    assertTrue(home.contains("`…3a9c`"), home);
    assertTrue(home.contains("7 of 500"), home);
    assertTrue(home.contains("by <@U0ADMIN>"), home);
    assertTrue(home.contains("America/Lima"), home);
    assertTrue(home.contains("Español"), home);
    assertTrue(home.contains("Connection test"), home);
    assertTrue(home.contains("Test connection") && home.contains("Disconnect"), home);
  }

  @Test
  void changingWithAnEmptyTokenKeepsTheCurrentToken() throws Exception {
    h.store.save(saved("0042", TOKEN));
    JsonObject ack = json(h.interaction(HomePayloads.submission(ADMIN, "0043", null, "UTC", "en")));
    assertEquals("update", ack.get("response_action").getAsString());
    WorkspaceSettings s = h.store.find(HomeHarness.WORKSPACE).orElseThrow();
    assertEquals("0043", s.serverId());
    assertEquals(TOKEN, s.token());
    assertEquals(TOKEN, h.wolkvox.asked.take().connection().token());
  }

  @Test
  void aNonAdminSubmissionIsRefusedAndChangesNothing() throws Exception {
    h.store.save(saved("0042", TOKEN));
    JsonObject ack = json(h.interaction(HomePayloads.submission(MEMBER, "0099", "another-token-123456", "UTC", "en")));
    assertEquals("errors", ack.get("response_action").getAsString());
    assertTrue(ack.getAsJsonObject("errors").get(ConnectModal.SERVER).getAsString().contains("Only workspace admins"));
    assertEquals(Optional.of(saved("0042", TOKEN)), h.store.find(HomeHarness.WORKSPACE));
    assertNull(h.wolkvox.asked.peek());
    assertFalse(h.slack.methods().contains("views.update"));
  }

  @Test
  void aNonAdminGetsARefusalInsteadOfTheModalAndCannotDisconnect() throws Exception {
    h.store.save(saved("0042", TOKEN));
    h.interaction(HomePayloads.button(MEMBER, ConnectActions.CONNECT));
    assertTrue(ViewTexts.of(h.slack.next("views.open").params().get("view")).contains("Only workspace admins"));
    h.interaction(HomePayloads.button(MEMBER, ConnectActions.DISCONNECT));
    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertFalse(home.contains("Disconnect"), home);
    assertEquals(Optional.of(saved("0042", TOKEN)), h.store.find(HomeHarness.WORKSPACE));
  }

  @Test
  void anAdminUserIdFromTheEnvironmentMayConnect() throws Exception {
    h.slack.user("U0EXTRA", false, "en-US");
    JsonObject ack = json(h.interaction(HomePayloads.submission("U0EXTRA", "0042", TOKEN, "UTC", "en")));
    assertEquals("update", ack.get("response_action").getAsString());
    assertEquals("U0EXTRA", h.store.find(HomeHarness.WORKSPACE).orElseThrow().changedBy());
  }

  @ParameterizedTest
  @EnumSource(WolkvoxException.Kind.class)
  void everyWolkvoxFailureIsExplainedWithWhatToDo(WolkvoxException.Kind kind) throws Exception {
    h.wolkvox.failWith(kind);
    json(h.interaction(HomePayloads.submission(ADMIN, "0042", TOKEN, "America/Bogota", "en")));
    String verdict = ViewTexts.of(h.slack.next("views.update").params().get("view"));
    assertTrue(verdict.contains("The connection is saved, but the test failed."), verdict);
    String expected = Texts.of(HomeView.BUNDLE, Locale.ENGLISH).get("verdict." + kind.name(), "0042", 0);
    assertFalse(expected.startsWith("verdict."), "a text exists for " + kind);
    assertTrue(verdict.contains(expected), verdict);
    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(home.contains(expected), home);
    assertTrue(h.store.find(HomeHarness.WORKSPACE).isPresent(), "the connection stays saved");
  }

  @Test
  void theVerdictsSayWhatToDo() {
    Texts en = Texts.of(HomeView.BUNDLE, Locale.ENGLISH);
    assertTrue(en.get("verdict.TOKEN_REJECTED", "0042", 0).contains("whitelist the IP address"));
    assertTrue(en.get("verdict.QUOTA_EXCEEDED", "0042", 0).contains("tomorrow"));
    Texts es = Texts.of(HomeView.BUNDLE, Locale.forLanguageTag("es"));
    assertTrue(es.get("verdict.QUOTA_EXCEEDED", "0042", 0).contains("mañana"));
  }

  @Test
  void theTestButtonShowsTestingThenTheVerdictOnTheHomeTab() throws Exception {
    h.store.save(saved("0042", TOKEN));
    h.wolkvox.failWith(WolkvoxException.Kind.TOKEN_REJECTED);
    assertEquals(200, h.interaction(HomePayloads.button(ADMIN, ConnectActions.TEST)).statusCode());
    String first = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(first.contains("Testing the connection"), first);
    String second = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(second.contains("wolkvox rejected the token for server 0042"), second);
    assertFalse(h.slack.methods().contains("views.update"), "no modal to update");
  }

  @Test
  void disconnectDeletesTheStoredToken() throws Exception {
    h.store.save(saved("0042", TOKEN));
    h.interaction(HomePayloads.button(ADMIN, ConnectActions.DISCONNECT));
    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("Not connected to wolkvox yet"), home);
    assertEquals(Optional.empty(), h.store.find(HomeHarness.WORKSPACE));
  }
}
