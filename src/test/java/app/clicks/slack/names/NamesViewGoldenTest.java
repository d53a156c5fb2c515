package app.clicks.slack.names;

import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.testing.Golden;
import app.clicks.store.AdClicksQuery.Counted;
import app.clicks.store.DirectoryStatus;
import app.clicks.store.DirectoryStatus.ListStatus;
import app.clicks.wolkvox.DirectoryList;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The names part of the Home tab and its modals are pure functions of their inputs, pinned by golden JSON. */
class NamesViewGoldenTest {
  static final WorkspaceKey KEY = new WorkspaceKey("", "T0TEST");
  static final Instant READ = Instant.parse("2026-11-23T13:00:00Z");
  static final Instant FAILED = Instant.parse("2026-11-23T14:00:00Z");
  static final Directory DIRECTORY = new Directory(Names.NONE, Names.NONE,
      Names.ofCodes(Map.of("VENTA", "Venta realizada", "INTERESADO", "Cliente interesado", "PLAN_HOGAR", "")),
      Set.of("VENTA"));

  static HomeContext ctx(boolean admin, String lang) {
    WorkspaceSettings s = new WorkspaceSettings(KEY, "0042", "secret-token-7f3a9c", TokenState.OK,
        ZoneId.of("America/Bogota"), Locale.forLanguageTag(lang), "U0ADMIN", READ);
    return new HomeContext(KEY, Optional.of(s), admin ? "U0ADMIN" : "U0MEMBER", admin, Locale.forLanguageTag(lang));
  }

  static DirectoryStatus status(boolean failing) {
    return new DirectoryStatus("0042", List.of(
        new ListStatus(DirectoryList.AGENTS, READ, failing ? FAILED : READ,
            failing ? "wolkvox answered HTML" : null, failing ? WolkvoxException.Kind.BAD_RESPONSE : null, 12),
        new ListStatus(DirectoryList.ROUTING_POINTS, READ, READ, null, null, 3),
        new ListStatus(DirectoryList.ACTIVITY_CODES, READ, READ, null, null, 3)));
  }

  @Test
  void anAdminSeesNamedAdsWolkvoxsHitsAndTheDirectoryRead() throws Exception {
    NamesFacts facts = new NamesFacts(4, CodeChoice.of(DIRECTORY, Optional.empty(), List.of()),
        Optional.of(status(false)));
    Golden.assertMatches("names-home-admin-en.json", HomeView.render(List.of(NamesBlocks.render(ctx(true, "en"),
        facts))));
  }

  @Test
  void aMemberSeesChosenCodesAndAFailingDirectoryInSpanish() throws Exception {
    NamesFacts facts = new NamesFacts(0, CodeChoice.of(DIRECTORY, Optional.of(Set.of("INTERESADO")), List.of()),
        Optional.of(status(true)));
    Golden.assertMatches("names-home-member-es.json", HomeView.render(List.of(NamesBlocks.render(ctx(false, "es"),
        facts))));
  }

  @Test
  void aWorkspaceWhoseTokenIsNotProvenSeesItsNamedAdsOnlyInPortuguese() throws Exception {
    Golden.assertMatches("names-home-unproven-pt.json", HomeView.render(List.of(NamesBlocks.render(ctx(true, "pt"),
        new NamesFacts(2, Optional.empty())))));
  }

  @Test
  void theSecondPageOfTheNameAdsModal() throws Exception {
    List<Counted> ads = new java.util.ArrayList<>();
    for (int i = 0; i < 47; i++) {
      ads.add(new Counted("12021000" + (100 + i), i == 45 ? "https://fb.me/black-friday?x=1&y=<2>" : "", 60 - i));
    }
    Golden.assertMatches("names-ads-modal-page2-en.json",
        AdNamesModal.form(AdPage.of(ads, 1), Map.of("12021000145", "Black Friday 2x1"), Locale.ENGLISH));
  }

  @Test
  void theConversionCodesModalWithChosenCodes() throws Exception {
    Golden.assertMatches("names-codes-modal-en.json", CodesModal.form(
        CodeChoice.of(DIRECTORY, Optional.of(Set.of("PLAN_HOGAR")), List.of("interesado ")), Locale.ENGLISH));
  }
}
