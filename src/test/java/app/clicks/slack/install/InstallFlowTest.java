package app.clicks.slack.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.config.AppConfig;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.WholeBot;
import app.clicks.store.DatabaseUrl;
import app.clicks.testing.CapturedLogs;
import app.clicks.testing.MutableClock;
import app.clicks.testing.UrlForms;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole bot in multi-workspace mode, as the composition root wires it (demo data, embedded database), driven
 * like a browser and Slack would: GET /slack/install, Slack's authorize page (the stand-in answers oauth.v2.access),
 * GET /slack/oauth_redirect; then each workspace's /clicks is answered with that workspace's own bot token, a team
 * with no installation does no work, and an uninstall forgets one workspace only.
 */
class InstallFlowTest {
  static final String SECRET = "install-flow-signing-secret";
  static final String CLIENT_ID = "1111.2222";
  static final String CLIENT_SECRET = "client-secret-value-xyz";
  static final String PUBLIC_URL = "https://clicks.example.com";
  static final String ONE = "T0ONE";
  static final String TWO = "T0TWO";
  static final String TOKEN_ONE = "xoxb-1-team-one-bot-token";
  static final String TOKEN_TWO = "xoxb-2-team-two-bot-token";

  @TempDir Path dataDir;
  SlackStandIn slack;
  WholeBot bot;
  CapturedLogs logs;
  final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T15:00:00Z"));

  /** A browser's view of one install: the state in the authorize URL and the cookie it was given. */
  record Started(String state, String cookie, String authorizeUrl, HttpResponse<String> page) {}

  @BeforeEach
  void start() throws Exception {
    logs = CapturedLogs.root(Level.INFO);
    slack = new SlackStandIn();
    slack.user("U0ANA", false, "en-US");
    slack.user("U0BEA", false, "en-US");
    slack.user("U0CARL", false, "en-US");
    slack.installCode("code-secret-one", ONE, "Team One", TOKEN_ONE);
    slack.installCode("code-secret-two", TWO, "Team Two", TOKEN_TWO);
    Map<String, String> env = WholeBot.env(SECRET, slack, dataDir);
    env.put("SLACK_CLIENT_ID", CLIENT_ID);
    env.put("SLACK_CLIENT_SECRET", CLIENT_SECRET);
    env.put("PUBLIC_URL", PUBLIC_URL);
    env.put("WOLKVOX_DEMO", "true");
    bot = WholeBot.start(env, clock);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.stop();
    }
    slack.close();
    logs.close();
  }

  @Test
  void theInstallPageLinksToSlacksAuthorizeUrlWithASecureStateCookie() throws Exception {
    Started s = startInstall();

    assertEquals(200, s.page().statusCode());
    assertTrue(s.page().body().contains("Add to Slack"), s.page().body());
    Map<String, String> q = UrlForms.decode(URI.create(s.authorizeUrl()).getRawQuery());
    assertTrue(s.authorizeUrl().startsWith("https://slack.com/oauth/v2/authorize?"), s.authorizeUrl());
    assertEquals(CLIENT_ID, q.get("client_id"));
    assertEquals(AppConfig.DEFAULT_SLACK_SCOPES, q.get("scope"));
    assertEquals(PUBLIC_URL + "/slack/oauth_redirect", q.get("redirect_uri"));
    String setCookie = s.page().headers().firstValue("Set-Cookie").orElseThrow();
    assertTrue(setCookie.startsWith("slack-app-oauth-state=" + s.state() + ";"), setCookie);
    assertTrue(setCookie.contains("; Secure") && setCookie.contains("; HttpOnly") && setCookie.contains("Max-Age=600"),
        setCookie);
    // Bolt's own default paths are not served.
    assertEquals(404, bot.get("/slack/start", null).statusCode());
    assertEquals(404, bot.get("/start", null).statusCode());
    assertEquals(404, bot.get("/slack/callback?code=x&state=y", null).statusCode());
  }

  @Test
  void twoWorkspacesInstallAndEachClicksIsAnsweredWithItsOwnBotToken() throws Exception {
    HttpResponse<String> done = install("code-secret-one");
    install("code-secret-two");

    assertEquals(200, done.statusCode(), done.body());
    assertTrue(done.body().contains("installed in <strong>Team One</strong>"), done.body());
    assertTrue(done.body().contains("<strong>Home</strong> tab") && done.body().contains("connects your wolkvox"),
        done.body());
    assertTrue(done.headers().allValues("Set-Cookie").stream().anyMatch(c -> c.startsWith("slack-app-oauth-state=deleted")),
        "the state cookie is cleared");
    SlackStandIn.Call access = slack.next("oauth.v2.access");
    assertEquals("code-secret-one", access.params().get("code"));
    assertEquals(PUBLIC_URL + "/slack/oauth_redirect", access.params().get("redirect_uri"));
    assertEquals("Basic " + Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
        .getBytes(StandardCharsets.UTF_8)), access.authorization());

    assertEquals(Set.of(TOKEN_ONE), tokensUsedBy(() -> clicks(ONE, "U0ANA", "one")));
    assertEquals(Set.of(TOKEN_TWO), tokensUsedBy(() -> clicks(TWO, "U0BEA", "two")));
    assertEquals(Set.of(TOKEN_ONE), tokensUsedBy(() -> clicks(ONE, "U0CARL", "one-again")));
  }

  @Test
  void theBotTokenIsSealedInTheDatabaseFile() throws Exception {
    install("code-secret-one");
    String sealed;
    try (Connection c = DriverManager.getConnection(DatabaseUrl.h2File(dataDir).jdbcUrl(), "sa", "");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT bot_token_enc FROM slack_installation WHERE team_id = 'T0ONE'")) {
      assertTrue(rs.next());
      sealed = rs.getString(1);
    }
    assertTrue(sealed.startsWith("v1:") && !sealed.contains(TOKEN_ONE), sealed);
    bot.stop();
    bot = null;
    String file;
    try (Stream<Path> files = Files.list(dataDir)) {
      List<Path> db = files.filter(p -> p.getFileName().toString().endsWith(".mv.db")).toList();
      assertEquals(1, db.size(), db.toString());
      file = new String(Files.readAllBytes(db.get(0)), StandardCharsets.ISO_8859_1);
    }
    assertTrue(file.contains(sealed.substring(0, 12)), "the row is in the file");
    assertFalse(file.contains("team-one-bot-token"), "the token is not");
  }

  @Test
  void aDeniedInstallSaysSoAndInstallsNothing() throws Exception {
    Started s = startInstall();
    HttpResponse<String> page = bot.get("/slack/oauth_redirect?error=access_denied&state=" + s.state(), s.cookie());

    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("The install was cancelled") && page.body().contains("Nothing was installed"),
        page.body());
    assertTrue(page.body().contains("href=\"/slack/install\""), page.body());
    assertNull(slack.poll("oauth.v2.access", 200));
    noStackTrace(page.body());
  }

  @Test
  void aBadAReusedAndAnExpiredStateEachGetThePageThatSaysSo() throws Exception {
    Started other = startInstall();
    Started mine = startInstall();
    HttpResponse<String> mismatched = bot.get("/slack/oauth_redirect?code=code-secret-one&state=" + other.state(),
        mine.cookie());
    HttpResponse<String> noCookie = bot.get("/slack/oauth_redirect?code=code-secret-one&state=" + mine.state(), null);
    HttpResponse<String> unknown = bot.get("/slack/oauth_redirect?code=code-secret-one&state=made-up", "slack-app-oauth-state=made-up");

    HttpResponse<String> first = bot.get("/slack/oauth_redirect?code=code-secret-one&state=" + mine.state(), mine.cookie());
    HttpResponse<String> reused = bot.get("/slack/oauth_redirect?code=code-secret-one&state=" + mine.state(),
        mine.cookie());

    Started late = startInstall();
    clock.advance(Duration.ofMinutes(10));
    HttpResponse<String> expired = bot.get("/slack/oauth_redirect?code=code-secret-two&state=" + late.state(),
        late.cookie());

    assertEquals(200, first.statusCode(), first.body());
    for (HttpResponse<String> bad : List.of(mismatched, noCookie, unknown, reused, expired)) {
      assertEquals(400, bad.statusCode(), bad.uri() + ": " + bad.body());
      assertTrue(bad.body().contains("This install link is no longer valid"), bad.body());
      noStackTrace(bad.body());
    }
    assertEquals(1, slack.methods().stream().filter("oauth.v2.access"::equals).count(), slack.methods().toString());
  }

  @Test
  void aCodeSlackRefusesGetsAPageAndInstallsNothing() throws Exception {
    Started s = startInstall();
    HttpResponse<String> page = bot.get("/slack/oauth_redirect?code=not-a-code&state=" + s.state(), s.cookie());

    assertEquals(400, page.statusCode());
    assertTrue(page.body().contains("Slack did not complete the install"), page.body());
    noStackTrace(page.body());
    assertTrue(clicksAnswer("T0NOTHING", "U0ANA").contains("not installed in this workspace"));
  }

  @Test
  void aSignedRequestFromATeamWithNoInstallationGetsBoltsAnswerAndDoesNoWork() throws Exception {
    install("code-secret-one");
    int before = slack.calls().size();

    String answer = clicksAnswer("T0NOTHING", "U0ANA");

    assertTrue(answer.contains("wolkvox clicks is not installed in this workspace: an admin can add it at "
        + PUBLIC_URL + "/slack/install"), answer);
    assertEquals(List.of(), slack.methods().subList(before, slack.methods().size()), "no Web API call");
  }

  @Test
  void anUninstallForgetsThatWorkspaceOnly() throws Exception {
    install("code-secret-one");
    install("code-secret-two");

    HttpResponse<String> ack = bot.posts().event(HomePayloads.appUninstalled().replace(HomePayloads.TEAM, ONE));

    assertEquals(200, ack.statusCode());
    assertTrue(clicksAnswer(ONE, "U0ANA").contains("not installed in this workspace"));
    assertEquals(Set.of(TOKEN_TWO), tokensUsedBy(() -> clicks(TWO, "U0BEA", "two")));
  }

  @Test
  void noTokenCodeOrSecretReachesTheLogs() throws Exception {
    install("code-secret-one");
    install("code-secret-two");
    clicks(ONE, "U0ANA", "logs");
    Started s = startInstall();
    bot.get("/slack/oauth_redirect?error=access_denied&state=" + s.state(), s.cookie());
    bot.get("/slack/oauth_redirect?code=code-secret-x&state=" + s.state(), s.cookie());

    String all = logs.events().stream().map(ILoggingEvent::getFormattedMessage).collect(Collectors.joining("\n"));
    assertTrue(all.contains("Installed in workspace T0ONE"), all);
    for (String secret : List.of(TOKEN_ONE, TOKEN_TWO, "code-secret", CLIENT_SECRET, s.state())) {
      assertFalse(all.contains(secret), secret + " in the logs:\n" + all);
    }
  }

  // --- a browser and Slack

  Started startInstall() throws Exception {
    HttpResponse<String> page = bot.get("/slack/install", null);
    String body = page.body();
    int at = body.indexOf("href=\"https://slack.com/oauth/v2/authorize?");
    assertTrue(at >= 0, body);
    String href = body.substring(at + 6, body.indexOf('"', at + 6)).replace("&amp;", "&");
    String state = UrlForms.decode(URI.create(href).getRawQuery()).get("state");
    assertNotNull(state, href);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    return new Started(state, cookie, href, page);
  }

  /** Starts an install and comes back from Slack with {@code code}, as the installer's browser does. */
  HttpResponse<String> install(String code) throws Exception {
    Started s = startInstall();
    HttpResponse<String> done = bot.get("/slack/oauth_redirect?code=" + code + "&state=" + s.state(), s.cookie());
    assertEquals(200, done.statusCode(), done.body());
    return done;
  }

  /** Types /clicks yesterday in {@code team} and waits for the answer at the response_url {@code id}. */
  String clicks(String team, String user, String id) throws Exception {
    HttpResponse<String> ack = bot.posts().slashCommand(SignedRequests.clicksForm(team, user, "yesterday",
        slack.responseUrl(id)));
    assertEquals(200, ack.statusCode(), ack.body());
    String answer = slack.nextResponse(id);
    assertTrue(answer.contains("Clicks · yesterday"), answer);
    return answer;
  }

  String clicksAnswer(String team, String user) throws Exception {
    String id = "guide-" + team + System.nanoTime();
    HttpResponse<String> ack = bot.posts().slashCommand(SignedRequests.clicksForm(team, user, "yesterday",
        slack.responseUrl(id)));
    assertEquals(200, ack.statusCode(), ack.body());
    return URLDecoder.decode(slack.nextResponse(id), StandardCharsets.UTF_8);
  }

  interface Action {
    void run() throws Exception;
  }

  /** The bot tokens of the Web API calls {@code action} made. */
  Set<String> tokensUsedBy(Action action) throws Exception {
    int before = slack.calls().size();
    action.run();
    List<SlackStandIn.Call> calls = slack.calls();
    Set<String> tokens = calls.subList(before, calls.size()).stream().map(SlackStandIn::bearer)
        .filter(t -> t != null).collect(Collectors.toSet());
    assertFalse(tokens.isEmpty(), "some Web API call was made: " + slack.methods());
    return tokens;
  }

  static void noStackTrace(String page) {
    assertFalse(page.contains("Exception") || page.contains("\tat ") || page.contains("at com."), page);
  }
}
