package app.clicks.slack.connect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceSettings;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.testing.Golden;
import app.clicks.slack.testing.ViewTexts;
import app.clicks.testing.FakeConnectionStats;
import app.clicks.wolkvox.WolkvoxConnection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The connection's part of the Home tab shows a server's wolkvox calls today and last fetch only to a workspace whose
 * own token is proven on that server: one that typed another customer's server id with a made-up token sees neither.
 */
class ConnectionSectionTest {
  static final String OWNER_TOKEN = "wolkvox-A-Tok3n-0042-abcdef";
  static final String MADE_UP = "made-up-token-12345678";
  /** The owner's token works on 0042; no other does. */
  static final Predicate<WolkvoxConnection> PROVEN =
      c -> c.serverId().equals("0042") && OWNER_TOKEN.equals(c.token());

  final FakeConnectionStats stats =
      new FakeConnectionStats(7, 500, Optional.of(Instant.parse("2026-11-23T14:55:00Z")));
  final ConnectionSection section = new ConnectionSection(stats, new TestBoard(), PROVEN);

  String home(String token, TokenState state, Locale locale) {
    WorkspaceSettings s = HomeViewGoldenTest.settings(token, state, locale.getLanguage());
    HomeContext ctx = new HomeContext(HomeViewGoldenTest.KEY, Optional.of(s), "U0ADMIN", true, locale);
    return ViewTexts.of(Golden.json(HomeView.render(List.of(section.blocks(ctx)))));
  }

  @Test
  void aWorkspaceWithAMadeUpTokenSeesNoneOfTheServersFiguresAndIsToldWhenTheyAppear() {
    String home = home(MADE_UP, TokenState.OK, Locale.ENGLISH);
    assertFalse(home.contains("*wolkvox calls today*"), home);
    assertFalse(home.contains("7 of 500"), home);
    assertFalse(home.contains("*Last successful fetch*"), home);
    assertFalse(home.contains("1795445700"), "the last fetch's time: " + home);
    assertTrue(home.contains("appear here once the connection test succeeds"), home);
    assertTrue(home.contains("0042") && home.contains("America/Bogota"), "its own settings still show: " + home);
    assertNull(stats.callsZone, "the server's figures are not even read");
  }

  @Test
  void aWorkspaceWithoutAReadableTokenSeesNoneOfThemEither() {
    for (TokenState state : Set.of(TokenState.UNREADABLE, TokenState.NONE)) {
      String home = home(null, state, Locale.forLanguageTag("es"));
      assertFalse(home.contains("7 de 500"), home);
      assertTrue(home.contains("cuando la prueba de conexión salga bien"), home);
    }
  }

  @Test
  void theWorkspaceWhoseTokenIsProvenSeesTheServersCallsTodayAndLastFetch() {
    String home = home(OWNER_TOKEN, TokenState.OK, Locale.forLanguageTag("pt"));
    assertTrue(home.contains("*Chamadas ao wolkvox hoje*\n7 de 500"), home);
    assertTrue(home.contains("*Última consulta com sucesso*\n<!date^1795445700^"), home);
    assertFalse(home.contains("quando o teste de conexão der certo"), home);
  }
}
