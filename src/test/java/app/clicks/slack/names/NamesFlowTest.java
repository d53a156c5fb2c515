package app.clicks.slack.names;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.slack.testing.HomePayloads;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.wolkvox.ActivityCode;
import app.clicks.wolkvox.Agent;
import app.clicks.wolkvox.DirectoryEntry;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.RoutingPoint;
import app.clicks.wolkvox.WolkvoxException;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * An admin names the ads of the last 30 days page by page and chooses the conversion codes; members see the names
 * but are refused on open and on submit; the Home tab says how the wolkvox directory was last read.
 */
class NamesFlowTest {
  static final String ADMIN = "U0ADMIN";
  static final String MEMBER = "U0MEMBER";

  NamesHarness h;

  @BeforeEach
  void start() throws Exception {
    h = new NamesHarness();
    h.slack.user(ADMIN, true, "en-US");
    h.slack.user(MEMBER, false, "en-US");
    h.connect();
  }

  @AfterEach
  void stop() throws Exception {
    h.close();
  }

  static JsonObject json(HttpResponse<String> r) {
    assertEquals(200, r.statusCode(), r.body());
    return r.body().isEmpty() ? new JsonObject() : JsonParser.parseString(r.body()).getAsJsonObject();
  }

  static JsonObject view(String json) {
    return JsonParser.parseString(json).getAsJsonObject();
  }

  /** The ad ids of a name-ads page, in the order shown. */
  static List<String> adIds(JsonObject view) {
    List<String> ids = new ArrayList<>();
    for (JsonElement b : view.getAsJsonArray("blocks")) {
      JsonObject block = b.getAsJsonObject();
      if (block.get("type").getAsString().equals("input")) {
        ids.add(block.get("block_id").getAsString().substring(NamesActions.AD_PREFIX.length()));
      }
    }
    return ids;
  }

  /** The prefilled name of ad {@code id} on a page, or null. */
  static String initial(JsonObject view, String id) {
    for (JsonElement b : view.getAsJsonArray("blocks")) {
      JsonObject block = b.getAsJsonObject();
      if (block.has("block_id") && block.get("block_id").getAsString().equals(NamesActions.AD_PREFIX + id)) {
        JsonElement v = block.getAsJsonObject("element").get("initial_value");
        return v == null ? null : v.getAsString();
      }
    }
    throw new AssertionError("no input for " + id);
  }

  void threeAds() throws Exception {
    h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY, "120210001", "https://fb.me/ad-one", 5);
    h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY.minusDays(3), "120210002", "https://fb.me/ad-two", 4);
    h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY.minusDays(29), "120210002", "https://fb.me/ad-two", 5);
    h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY.minusDays(1), "post-77", "", 5);
    h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY.minusDays(30), "120210009", "https://fb.me/old", 50);
    h.adClicks("0099", NamesHarness.TODAY, "120210008", "https://fb.me/other-server", 70);
  }

  @Test
  void anAdminSeesTheAdsOfTheLast30DaysMostClicksFirstWithLinkClicksAndName() throws Exception {
    threeAds();
    h.choices.saveAdNames(new app.clicks.settings.JdbcWorkspaceChoices.Change(
        app.clicks.slack.testing.HomeHarness.WORKSPACE, ADMIN, h.clock.instant()), Map.of("120210001", "Black Friday"));

    h.interaction(HomePayloads.button(ADMIN, NamesActions.NAME_ADS));

    JsonObject modal = view(h.slack.next("views.open").params().get("view"));
    assertEquals(NamesActions.ADS_MODAL, modal.get("callback_id").getAsString());
    assertEquals(List.of("120210002", "120210001", "post-77"), adIds(modal),
        "9 clicks, then 5 and 5 by id; 30 days ago and another server's ads are not listed");
    String texts = ViewTexts.of(modal.toString());
    assertTrue(texts.contains("*120210002*  ·  <https://fb.me/ad-two|fb.me/ad-two>  ·  9 clicks"), texts);
    assertTrue(texts.contains("*post-77*  ·  5 clicks"), "no link without a url: " + texts);
    assertEquals("Black Friday", initial(modal, "120210001"));
    assertNull(initial(modal, "120210002"));
    assertEquals("Save", modal.getAsJsonObject("submit").get("text").getAsString(), "one page");
  }

  @Test
  void submittingSavesWhatWasTypedAndAnEmptiedNameIsRemoved() throws Exception {
    threeAds();
    h.choices.saveAdNames(new app.clicks.settings.JdbcWorkspaceChoices.Change(
        app.clicks.slack.testing.HomeHarness.WORKSPACE, ADMIN, h.clock.instant()), Map.of("120210001", "Black Friday"));
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("120210002", "  Plan hogar  ");
    typed.put("120210001", null);
    typed.put("post-77", "");

    JsonObject ack = json(h.interaction(NamesPayloads.adNames(ADMIN, 0, typed)));

    assertFalse(ack.has("response_action"), "the last page closes: " + ack);
    assertEquals(Map.of("120210002", "Plan hogar"), h.choices.adNames(app.clicks.slack.testing.HomeHarness.WORKSPACE));
    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("1 ad is named"), home);
  }

  @Test
  void a120AdsListStaysWithinSlacksLimitsInPagesAndEachPageSavesItsOwnNames() throws Exception {
    for (int i = 0; i < 120; i++) {
      h.adClicks(NamesHarness.SERVER, NamesHarness.TODAY.minusDays(i % 30), String.format("ad%03d", i),
          "https://fb.me/" + i, 1000 - i);
    }
    h.interaction(HomePayloads.button(ADMIN, NamesActions.NAME_ADS));
    JsonObject first = view(h.slack.next("views.open").params().get("view"));
    assertTrue(first.getAsJsonArray("blocks").size() <= 100, "blocks: " + first.getAsJsonArray("blocks").size());
    assertEquals(45, adIds(first).size());
    assertEquals("ad000", adIds(first).get(0));
    assertEquals("Name ads (1/3)", first.getAsJsonObject("title").get("text").getAsString());
    assertEquals("Save, next", first.getAsJsonObject("submit").get("text").getAsString());
    assertEquals("0", first.get("private_metadata").getAsString());

    JsonObject ack = json(h.interaction(NamesPayloads.adNames(ADMIN, 0, Map.of("ad000", "First", "ad044", "Last"))));
    assertEquals("update", ack.get("response_action").getAsString());
    JsonObject second = ack.getAsJsonObject("view");
    assertEquals("1", second.get("private_metadata").getAsString());
    assertEquals("ad045", adIds(second).get(0));
    assertEquals(45, adIds(second).size());
    assertTrue(second.getAsJsonArray("blocks").size() <= 100);
    assertEquals(Map.of("ad000", "First", "ad044", "Last"),
        h.choices.adNames(app.clicks.slack.testing.HomeHarness.WORKSPACE));

    JsonObject third = json(h.interaction(NamesPayloads.adNames(ADMIN, 1, Map.of("ad050", "Middle"))))
        .getAsJsonObject("view");
    assertEquals(List.of("ad090", "ad119"), List.of(adIds(third).get(0), adIds(third).get(29)));
    assertEquals(30, adIds(third).size());
    assertEquals("Save", third.getAsJsonObject("submit").get("text").getAsString());

    JsonObject last = json(h.interaction(NamesPayloads.adNames(ADMIN, 2, Map.of("ad119", "Least"))));
    assertFalse(last.has("response_action"), "the last page closes");
    assertEquals(Map.of("ad000", "First", "ad044", "Last", "ad050", "Middle", "ad119", "Least"),
        h.choices.adNames(app.clicks.slack.testing.HomeHarness.WORKSPACE));
  }

  @Test
  void aMemberIsRefusedOnOpenAndOnSubmitAndChangesNothing() throws Exception {
    threeAds();
    h.interaction(HomePayloads.button(MEMBER, NamesActions.NAME_ADS));
    String refusal = ViewTexts.of(h.slack.next("views.open").params().get("view"));
    assertTrue(refusal.contains("Only workspace admins"), refusal);
    assertFalse(refusal.contains("120210001"), refusal);

    JsonObject ack = json(h.interaction(NamesPayloads.adNames(MEMBER, 0, Map.of("120210001", "Mine"))));
    assertEquals("errors", ack.get("response_action").getAsString());
    assertTrue(ack.getAsJsonObject("errors").get(NamesActions.AD_PREFIX + "120210001").getAsString()
        .contains("Only workspace admins"));
    assertEquals(Map.of(), h.choices.adNames(app.clicks.slack.testing.HomeHarness.WORKSPACE));

    JsonObject codes = json(h.interaction(NamesPayloads.codes(MEMBER, NamesActions.MODE_CHOSEN, List.of("VENTA"))));
    assertEquals("errors", codes.get("response_action").getAsString());
    assertEquals(Optional.empty(), h.choices.conversionCodes(app.clicks.slack.testing.HomeHarness.WORKSPACE));
  }

  @Test
  void membersSeeTheNamesAndCodesButNoButtons() throws Exception {
    h.choices.saveAdNames(new app.clicks.settings.JdbcWorkspaceChoices.Change(
        app.clicks.slack.testing.HomeHarness.WORKSPACE, ADMIN, h.clock.instant()), Map.of("1", "a", "2", "b"));
    h.event(HomePayloads.homeOpened(MEMBER));
    String home = h.slack.next("views.publish").params().get("view");
    assertTrue(ViewTexts.of(home).contains("2 ads are named"), home);
    assertFalse(home.contains(NamesActions.NAME_ADS), home);
    assertTrue(ViewTexts.of(home).contains("Only workspace admins can name ads"), home);
  }

  void directory() {
    h.lists.put(DirectoryList.AGENTS, List.of(new Agent("1001", "Ana Gómez", true)));
    h.lists.put(DirectoryList.ROUTING_POINTS, List.of(new RoutingPoint("RP_VENTAS", "Ventas WhatsApp")));
    h.lists.put(DirectoryList.ACTIVITY_CODES, List.<DirectoryEntry>of(
        new ActivityCode("VENTA", "Venta realizada", true, "cod_act1"),
        new ActivityCode("interesado", "Cliente interesado", false, "cod_act1"),
        new ActivityCode("PLAN_HOGAR", "Plan hogar", false, "cod_act2")));
    h.readDirectory();
  }

  @Test
  void anAdminChoosesTheConversionCodesFromTheKnownOnesAndCanGoBackToWolkvoxsHits() throws Exception {
    directory();
    h.codeClicks(NamesHarness.TODAY, "PLAN_HOGAR", 3);
    h.interaction(HomePayloads.button(ADMIN, NamesActions.CODES));
    JsonObject modal = view(h.slack.next("views.open").params().get("view"));
    String texts = ViewTexts.of(modal.toString());
    assertTrue(texts.contains("wolkvox flags these codes as hits: *VENTA (Venta realizada)*."), texts);
    assertEquals(List.of("VENTA", "PLAN_HOGAR", "INTERESADO"), options(modal),
        "hits first, then the codes of recent chats, then the rest");
    assertTrue(modal.toString().contains("\"initial_option\":{\"text\":{\"type\":\"plain_text\",\"text\":\"wolkvox's hits\""),
        modal.toString());

    JsonObject ack = json(h.interaction(NamesPayloads.codes(ADMIN, NamesActions.MODE_CHOSEN,
        List.of("VENTA", "PLAN_HOGAR"))));
    assertFalse(ack.has("response_action"), ack.toString());
    assertEquals(Optional.of(Set.of("VENTA", "PLAN_HOGAR")),
        h.choices.conversionCodes(app.clicks.slack.testing.HomeHarness.WORKSPACE));
    String home = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(home.contains("the codes chosen here, *PLAN_HOGAR (Plan hogar)*, *VENTA (Venta realizada)*"), home);

    h.interaction(HomePayloads.button(ADMIN, NamesActions.CODES));
    JsonObject again = view(h.slack.next("views.open").params().get("view"));
    assertEquals(List.of("PLAN_HOGAR", "VENTA", "INTERESADO"), options(again), "the chosen codes first");
    assertEquals(2, again.toString().split("\"initial_options\"", -1).length);

    json(h.interaction(NamesPayloads.codes(ADMIN, NamesActions.MODE_HITS, List.of("PLAN_HOGAR"))));
    assertEquals(Optional.empty(), h.choices.conversionCodes(app.clicks.slack.testing.HomeHarness.WORKSPACE));

    json(h.interaction(NamesPayloads.codes(ADMIN, NamesActions.MODE_CHOSEN, List.of())));
    assertEquals(Optional.of(Set.of()), h.choices.conversionCodes(app.clicks.slack.testing.HomeHarness.WORKSPACE));
    h.slack.next("views.publish");
    String none = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(none.contains("No conversion code is chosen, so answers do not show conversions"), none);
  }

  @Test
  void aDirectoryOfManyCodesOffersAtMost100() throws Exception {
    List<DirectoryEntry> codes = new ArrayList<>();
    for (int i = 0; i < 150; i++) {
      codes.add(new ActivityCode(String.format("C%03d", i), "Code " + i, i == 140, "cod_act1"));
    }
    h.lists.put(DirectoryList.ACTIVITY_CODES, codes);
    h.readDirectory();
    h.interaction(HomePayloads.button(ADMIN, NamesActions.CODES));
    JsonObject modal = view(h.slack.next("views.open").params().get("view"));
    List<String> offered = options(modal);
    assertEquals(100, offered.size());
    assertEquals("C140", offered.get(0), "wolkvox's hit first");
    assertTrue(ViewTexts.of(modal.toString()).contains("50 more codes are not listed"), modal.toString());
  }

  static List<String> options(JsonObject modal) {
    for (JsonElement b : modal.getAsJsonArray("blocks")) {
      JsonObject block = b.getAsJsonObject();
      if (block.has("block_id") && block.get("block_id").getAsString().equals(NamesActions.CODES_CHOSEN)) {
        JsonArray options = block.getAsJsonObject("element").getAsJsonArray("options");
        List<String> values = new ArrayList<>();
        options.forEach(o -> values.add(o.getAsJsonObject().get("value").getAsString()));
        return values;
      }
    }
    throw new AssertionError("no codes select in " + modal);
  }

  @Test
  void theHomeTabSaysWhenTheDirectoryWasLastReadAndWhyItsLastReadFailed() throws Exception {
    h.event(HomePayloads.homeOpened(ADMIN));
    String before = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(before.contains("is not read yet"), before);
    assertTrue(before.contains("wolkvox flags no activity code as a hit"), before);

    directory();
    h.event(HomePayloads.homeOpened(ADMIN));
    String read = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(read.contains("wolkvox directory last read <!date^" + h.clock.instant().getEpochSecond()), read);
    assertTrue(read.contains("1 agent, 1 routing point, 3 activity codes"), read);
    assertTrue(read.contains("wolkvox's hits, *VENTA (Venta realizada)*"), read);
    assertFalse(read.contains("failed"), read);

    // The next day's read meets wolkvox's quota: what was read stays, and the Home tab says why.
    h.failure = new WolkvoxException(WolkvoxException.Kind.QUOTA_EXCEEDED, NamesHarness.SERVER, "",
        "TOKEN LIMIT EXCEEDED");
    app.clicks.store.DirectoryStore later = new app.clicks.store.DirectoryStore(h.db, (c, l, calls) -> {
      throw h.failure;
    }, app.clicks.store.StoreSettings.DEFAULTS, java.time.Clock.offset(h.clock, java.time.Duration.ofDays(1)));
    later.directory(new app.clicks.store.DirectoryRequest(new app.clicks.wolkvox.WolkvoxConnection(
        NamesHarness.SERVER, "t", NamesHarness.BOGOTA), app.clicks.store.Purpose.INTERACTIVE,
        app.clicks.store.SeenIds.NONE));
    h.event(HomePayloads.homeOpened(ADMIN));
    String failed = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(failed.contains("The last read of the agents list"), failed);
    assertTrue(failed.contains("the daily wolkvox quota of this token is spent"), failed);
    assertTrue(failed.contains("3 activity codes"), "what was read stays: " + failed);
  }

  @Test
  void aWorkspaceWhoseTokenIsNotProvenOnTheServerSeesNoneOfItsCodesOrDirectoryUntilItIs() throws Exception {
    directory();
    h.codeClicks(NamesHarness.TODAY, "PLAN_HOGAR", 3);
    h.choices.saveAdNames(new app.clicks.settings.JdbcWorkspaceChoices.Change(
        app.clicks.slack.testing.HomeHarness.WORKSPACE, ADMIN, h.clock.instant()), Map.of("1", "a"));
    h.proven = false;
    h.event(HomePayloads.homeOpened(ADMIN));
    String unproven = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(unproven.contains("1 ad is named"), "the workspace's own names still show: " + unproven);
    assertTrue(unproven.contains("appear here once the connection test succeeds"), unproven);
    for (String server : List.of("VENTA", "Venta realizada", "*Conversions:*", "directory last read", "agent",
        "activity code")) {
      assertFalse(unproven.contains(server), server + " is the server's: " + unproven);
    }

    h.proven = true;
    h.event(HomePayloads.homeOpened(ADMIN));
    String proven = ViewTexts.of(h.slack.next("views.publish").params().get("view"));
    assertTrue(proven.contains("wolkvox's hits, *VENTA (Venta realizada)*"), proven);
    assertTrue(proven.contains("1 agent, 1 routing point, 3 activity codes"), proven);
    assertFalse(proven.contains("appear here once"), proven);
  }

  @Test
  void aWorkspaceWithoutAServerHasNoNamesSection() throws Exception {
    h.settings.delete(app.clicks.slack.testing.HomeHarness.WORKSPACE);
    h.event(HomePayloads.homeOpened(ADMIN));
    String home = h.slack.next("views.publish").params().get("view");
    assertFalse(home.contains(NamesActions.NAME_ADS), home);
    h.interaction(HomePayloads.button(ADMIN, NamesActions.NAME_ADS));
    assertTrue(ViewTexts.of(h.slack.next("views.open").params().get("view")).contains("Connect wolkvox first"));
  }
}
