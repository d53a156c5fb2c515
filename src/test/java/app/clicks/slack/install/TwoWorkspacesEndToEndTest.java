package app.clicks.slack.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.digest.DigestPayloads;
import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.SignedRequests;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.slack.testing.WholeBot;
import app.clicks.testing.UrlForms;
import app.clicks.wolkvox.WolkvoxStandIn;
import app.clicks.wolkvox.WolkvoxStandIn.Answer;
import app.clicks.wolkvox.WolkvoxStandIn.Row;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 as a new user tries it, with the whole bot in multi-workspace mode (embedded H2, the real wolkvox client
 * against a wolkvox stand-in that knows two customers' tokens): two workspaces install through /slack/install and
 * /slack/oauth_redirect, each admin connects its own wolkvox server in the App Home, and each `/clicks yesterday` is
 * answered with its own server's numbers through its own bot token; a second workspace that types the first one's
 * server id with a made-up token sees nothing of its clicks; a digest goes out with its workspace's token; one
 * uninstall leaves the other workspace working.
 */
class TwoWorkspacesEndToEndTest {
  private static final Pattern SUBSCRIPTION_LINE = Pattern.compile("digest_sub_(\\d+)");

  static final String SECRET = "two-workspaces-signing-secret";
  static final String PUBLIC_URL = "https://clicks.example.com";
  static final String ONE = "T0ONE";
  static final String TWO = "T0TWO";
  static final String BOT_ONE = "xoxb-1-team-one-bot-token";
  static final String BOT_TWO = "xoxb-2-team-two-bot-token";
  /** Customer A's wolkvox token, on server 0042 (workspace ONE's), and customer B's on 0077 (TWO's). */
  static final String WOLKVOX_A = "wolkvox-A-Tok3n-0042-abcdef";
  static final String WOLKVOX_B = "wolkvox-B-Tok3n-0077-uvwxyz";
  static final String MADE_UP = "made-up-token-12345678";
  /** 10:00 in Bogota on 2026-11-24: yesterday is 2026-11-23. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T15:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dataDir;
  SlackStandIn slack;
  WolkvoxStandIn wolkvox;
  WholeBot bot;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    slack.user("U0ADA", true, "en-US"); // a Slack admin of workspace ONE
    slack.user("U0BEA", false, "en-US"); // an admin of workspace TWO by ADMIN_USER_IDS only
    slack.user("U0CARL", false, "en-US"); // a member of ONE
    slack.user("U0DORA", false, "en-US"); // a member of TWO
    slack.installCode("code-one", ONE, "Team One", BOT_ONE);
    slack.installCode("code-two", TWO, "Team Two", BOT_TWO);
    wolkvox = WolkvoxStandIn.start().respond(customers());
    Map<String, String> env = WholeBot.env(SECRET, slack, dataDir);
    env.put("SLACK_CLIENT_ID", "1111.2222");
    env.put("SLACK_CLIENT_SECRET", "client-secret-value-xyz");
    env.put("PUBLIC_URL", PUBLIC_URL);
    env.put("WOLKVOX_BASE_URL", wolkvox.baseUrl());
    env.put("ADMIN_USER_IDS", TWO + ":U0BEA");
    bot = WholeBot.start(env, CLOCK);
  }

  @AfterEach
  void stop() {
    if (bot != null) {
      bot.stop();
    }
    slack.close();
    wolkvox.close();
  }

  /**
   * wolkvox as two customers' servers behind one address: each token reads its own server's clicks and directory;
   * any other token is refused, as wolkvox refuses a token that is not the server's.
   */
  static WolkvoxStandIn.Responder customers() {
    LocalDateTime y = LocalDateTime.of(2026, 11, 23, 9, 0);
    WolkvoxStandIn.Responder a = WolkvoxStandIn.withDirectory(new WolkvoxStandIn.Directory(
        Map.of("101", "Ana Gomez"), Map.of("RP_WA", "Ventas"), Map.of("VENTA", "Venta"), Set.of("VENTA")),
        WolkvoxStandIn.serving(List.of(new Row("ADA1", "a1", "101", y, "VENTA"),
            new Row("ADA1", "a2", "101", y.plusHours(1), ""), new Row("ADA2", "a3", "101", y.plusHours(2), "")),
            60_000));
    WolkvoxStandIn.Responder b = WolkvoxStandIn.withDirectory(new WolkvoxStandIn.Directory(
        Map.of("201", "Beto Ruiz"), Map.of("RP_WA", "Soporte"), Map.of("VENTA", "Venta"), Set.of("VENTA")),
        WolkvoxStandIn.serving(List.of(new Row("ADB9", "b1", "201", y, ""),
            new Row("ADB9", "b2", "201", y.plusHours(3), "VENTA")), 60_000));
    return r -> WOLKVOX_A.equals(r.token()) ? a.answer(r)
        : WOLKVOX_B.equals(r.token()) ? b.answer(r)
        : Answer.json(403, "{\"code\":\"403\",\"error\":\"PLEASE VALIDATE TOKEN\",\"msg\":null}");
  }

  @Test
  void twoWorkspacesEachReadTheirOwnServerWithTheirOwnTokensAndNothingOfTheOther() throws Exception {
    install("code-one");
    install("code-two");

    // ONE's admin connects customer A's server: the test passes, with ONE's bot token.
    assertEquals("update", connect(ONE, "U0ADA", "0042", WOLKVOX_A, "America/Bogota").get("response_action")
        .getAsString());
    SlackStandIn.Call verdict = slack.next("views.update");
    assertEquals(BOT_ONE, SlackStandIn.bearer(verdict));
    assertTrue(verdict.params().get("view").contains("Connected"), verdict.params().get("view"));

    // ONE's members read A's numbers, through ONE's bot token.
    // ONE's Home tab, after its test: nothing of the connection is under way any more, and its token is proven on
    // 0042, so it shows the server's use.
    String ownerHome = published(BOT_ONE);
    assertTrue(ownerHome.contains("*wolkvox calls today*"), ownerHome);
    int beforeOne = slack.calls().size();
    String one = clicks(ONE, "U0CARL", "one");
    assertTrue(one.contains("ADA1") && one.contains("Ana Gomez"), one);
    assertFalse(one.contains("ADB9"), one);
    assertEquals(Set.of(BOT_ONE), tokensSince(beforeOne, ONE));

    // TWO's admin (by ADMIN_USER_IDS) types server 0042, whose yesterday is now stored, with a made-up token: the
    // server's timezone is A's ...
    JsonObject zone = connect(TWO, "U0BEA", "0042", MADE_UP, "UTC");
    assertEquals("errors", zone.get("response_action").getAsString(), zone.toString());
    assertTrue(zone.getAsJsonObject("errors").get("zone").getAsString()
        .contains("Server 0042 already reports in America/Bogota"), zone.toString());
    // ... and with A's timezone it is saved, but the connection test fails and /clicks reads nothing of A's.
    assertEquals("update", connect(TWO, "U0BEA", "0042", MADE_UP, "America/Bogota").get("response_action")
        .getAsString());
    SlackStandIn.Call refused = slack.next("views.update");
    assertEquals(BOT_TWO, SlackStandIn.bearer(refused));
    assertFalse(refused.params().get("view").contains("Connected"), refused.params().get("view"));
    String intruder = clicks(TWO, "U0DORA", "intruder");
    assertTrue(intruder.contains("wolkvox rejected the token"), intruder);
    assertFalse(intruder.contains("ADA1") || intruder.contains("Ana Gomez"), intruder);
    // Nor does TWO's Home tab show anything of 0042: not its calls today or last fetch, not its codes or directory.
    String intruderHome = published(BOT_TWO);
    for (String owners : List.of("*wolkvox calls today*", "*Last successful fetch*", "VENTA", "directory last read")) {
      assertFalse(intruderHome.contains(owners), owners + ": " + intruderHome);
    }
    assertTrue(intruderHome.contains("appear here once the connection test succeeds"), intruderHome);
    // ONE's, whose token is proven on 0042, does.
    send(HomePayloads.homeOpened("U0ADA").replace(HomePayloads.TEAM, ONE), true);
    String ownerAgain = published(BOT_ONE);
    for (String owners : List.of("*wolkvox calls today*", "*Last successful fetch*", "VENTA (Venta)",
        "directory last read")) {
      assertTrue(ownerAgain.contains(owners), owners + ": " + ownerAgain);
    }

    // TWO connects its own server (a zone of its own: nobody else is on 0077) and reads B's numbers only.
    int before = slack.calls().size();
    assertEquals("update", connect(TWO, "U0BEA", "0077", WOLKVOX_B, "America/Mexico_City")
        .get("response_action").getAsString());
    assertTrue(slack.next("views.update").params().get("view").contains("Connected"));
    String two = clicks(TWO, "U0DORA", "two");
    assertTrue(two.contains("ADB9") && two.contains("Beto Ruiz"), two);
    assertFalse(two.contains("ADA1") || two.contains("Ana Gomez"), two);
    assertEquals(Set.of(BOT_TWO), tokensSince(before, TWO));

    // An admin of TWO is no admin of ONE: Bea's change in ONE is refused, and ONE still reads A's numbers.
    JsonObject notHere = connect(ONE, "U0BEA", "0077", WOLKVOX_B, "UTC");
    assertFalse("update".equals(notHere.has("response_action") ? notHere.get("response_action").getAsString()
        : ""), notHere.toString());
    assertTrue(clicks(ONE, "U0CARL", "one-again").contains("ADA1"));

    // Every wolkvox request carried the token of the workspace that caused it, and A's clicks were read with A's.
    assertTrue(wolkvox.requests().stream().allMatch(r -> Set.of(WOLKVOX_A, WOLKVOX_B, MADE_UP).contains(r.token())));
  }

  @Test
  void aDigestGoesOutWithItsWorkspacesTokenAndAnUninstallLeavesTheOtherWorkspaceUntouched() throws Exception {
    install("code-one");
    install("code-two");
    connect(ONE, "U0ADA", "0042", WOLKVOX_A, "America/Bogota");
    slack.next("views.update");
    connect(TWO, "U0BEA", "0077", WOLKVOX_B, "America/Bogota");
    slack.next("views.update");

    send(HomePayloads.homeOpened("U0BEA").replace(HomePayloads.TEAM, TWO), true);
    int beforeSave = slack.calls().size();
    HttpResponse<String> saved = send(DigestPayloads.submission("U0BEA", DigestPayloads.Form.daily("C0TWODIGEST"),
        "0|America/Bogota").replace(HomePayloads.TEAM, TWO), false);
    assertEquals(200, saved.statusCode(), saved.body());
    send(DigestPayloads.menu("U0BEA", "SEND_NOW", subscriptionShown(beforeSave)).replace(HomePayloads.TEAM, TWO),
        false);
    SlackStandIn.Call post = slack.next("chat.postMessage");
    assertEquals(BOT_TWO, SlackStandIn.bearer(post), "the digest of TWO is posted with TWO's bot token");
    assertEquals("C0TWODIGEST", post.params().get("channel"));
    String digest = post.params().toString();
    assertTrue(digest.contains("ADB9") && !digest.contains("ADA1"), digest);

    HttpResponse<String> ack = send(HomePayloads.appUninstalled().replace(HomePayloads.TEAM, ONE), true);
    assertEquals(200, ack.statusCode());
    assertTrue(clicksAnswer(ONE, "U0CARL", "gone").contains("not installed in this workspace"));
    int before = slack.calls().size();
    String two = clicks(TWO, "U0DORA", "still");
    assertTrue(two.contains("ADB9") && two.contains("Beto Ruiz"), two);
    assertEquals(Set.of(BOT_TWO), tokensSince(before, TWO));
  }

  // --- a browser, Slack and the people in the two workspaces

  /** Installs the app as the installer's browser does: /slack/install, Slack's page, /slack/oauth_redirect. */
  void install(String code) throws Exception {
    HttpResponse<String> page = bot.get("/slack/install", null);
    String body = page.body();
    int at = body.indexOf("href=\"https://slack.com/oauth/v2/authorize?");
    assertTrue(at >= 0, body);
    String href = body.substring(at + 6, body.indexOf('"', at + 6)).replace("&amp;", "&");
    String state = UrlForms.decode(URI.create(href).getRawQuery()).get("state");
    assertNotNull(state, href);
    String cookie = page.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    HttpResponse<String> done = bot.get("/slack/oauth_redirect?code=" + code + "&state=" + state, cookie);
    assertEquals(200, done.statusCode(), done.body());
  }

  /** Submits the connect modal in {@code team}; the acknowledgement's JSON (empty when there is none). */
  JsonObject connect(String team, String user, String server, String token, String zone) throws Exception {
    HttpResponse<String> r = send(HomePayloads.submission(user, server, token, zone, "en")
        .replace(HomePayloads.TEAM, team), false);
    assertEquals(200, r.statusCode(), r.body());
    return r.body().isBlank() ? new JsonObject() : JsonParser.parseString(r.body()).getAsJsonObject();
  }

  /** The id of the digest subscription on the first Home tab published since call {@code since} that shows one. */
  long subscriptionShown(int since) throws Exception {
    for (int i = 0; i < 50; i++) {
      for (SlackStandIn.Call c : slack.calls().subList(since, slack.calls().size())) {
        Matcher m = SUBSCRIPTION_LINE.matcher(c.method().equals("views.publish") ? c.params().get("view") : "");
        if (m.find()) {
          return Long.parseLong(m.group(1));
        }
      }
      slack.next("views.publish");
    }
    throw new AssertionError("no Home tab showed the new subscription");
  }

  HttpResponse<String> send(String payload, boolean event) throws Exception {
    return event ? bot.posts().event(payload) : bot.posts().interaction(payload);
  }

  /** Types /clicks yesterday in {@code team} and returns the answer posted to its response_url (decoded). */
  String clicks(String team, String user, String id) throws Exception {
    String answer = clicksAnswer(team, user, id);
    assertTrue(answer.contains("Clicks · yesterday") || answer.contains("wolkvox"), answer);
    return answer;
  }

  String clicksAnswer(String team, String user, String id) throws Exception {
    HttpResponse<String> ack = bot.posts().slashCommand(SignedRequests.clicksForm(team, user, "yesterday",
        slack.responseUrl(id)));
    assertEquals(200, ack.statusCode(), ack.body());
    return slack.nextResponse(id);
  }

  /** Waits for a views.publish made with {@code botToken} (skipping others'); the view it published. */
  String published(String botToken) throws Exception {
    SlackStandIn.Call c;
    do {
      c = slack.next("views.publish");
    } while (!botToken.equals(SlackStandIn.bearer(c))); // else another workspace's Home tab
    return c.params().get("view");
  }

  /** The bot tokens of the Web API calls made since call number {@code from} (some were made). */
  Set<String> tokensSince(int from, String team) {
    List<SlackStandIn.Call> calls = slack.calls();
    Set<String> tokens = calls.subList(from, calls.size()).stream().map(SlackStandIn::bearer)
        .filter(t -> t != null && t.startsWith("xoxb-")).collect(Collectors.toSet());
    assertFalse(tokens.isEmpty(), "some Web API call was made for " + team + ": " + slack.methods());
    return tokens;
  }
}
