package app.clicks.slack.connect;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.junit.jupiter.api.Assertions.assertEquals;

import app.clicks.report.ReportZone;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.slack.common.HomeContext;
import app.clicks.slack.common.HomeView;
import app.clicks.slack.testing.Golden;
import app.clicks.store.ConnectionVerdict;
import app.clicks.wolkvox.WolkvoxException;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.view.View;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The Home tab and the connect modal are pure functions of their inputs, pinned by golden JSON. */
class HomeViewGoldenTest {
  static final WorkspaceKey KEY = new WorkspaceKey("", "T0TEST");
  static final Instant CHANGED = Instant.parse("2026-11-20T12:00:00Z");
  static final ConnectionStatus USED = new ConnectionStatus(
      Optional.of(new ConnectionStatus.ServerUse(7, 500, Optional.of(Instant.parse("2026-11-23T14:55:00Z")))),
      Optional.of(ConnectionVerdict.connected(12, Instant.parse("2026-11-23T15:00:00Z"))), false);

  static WorkspaceSettings settings(String token, TokenState state, String lang) {
    return new WorkspaceSettings(
        KEY, "0042", token, state, ZoneId.of("America/Bogota"), Locale.forLanguageTag(lang), "U0ADMIN", CHANGED);
  }

  static View home(HomeContext ctx, ConnectionStatus status) {
    return HomeView.render(List.of(ConnectionBlocks.render(ctx, status)));
  }

  @Test
  void anAdminSeesAConnectedWorkspace() throws Exception {
    HomeContext ctx = new HomeContext(
        KEY, Optional.of(settings("secret-token-7f3a9c", TokenState.OK, "en")), "U0ADMIN", true, Locale.ENGLISH);
    Golden.assertMatches("home-admin-connected-en.json", home(ctx, USED));
  }

  @Test
  void aWorkspaceWhoseTokenFailedOnTheServerSeesNothingOfTheServersUse() throws Exception {
    HomeContext ctx = new HomeContext(
        KEY, Optional.of(settings("made-up-token-12345678", TokenState.OK, "en")), "U0ADMIN", true, Locale.ENGLISH);
    ConnectionStatus refused = new ConnectionStatus(Optional.empty(), Optional.of(
        ConnectionVerdict.failed(WolkvoxException.Kind.TOKEN_REJECTED, Instant.parse("2026-11-23T15:00:00Z"))), false);
    Golden.assertMatches("home-admin-unproven-en.json", home(ctx, refused));
  }

  @Test
  void aMemberSeesANotConnectedWorkspaceInSpanish() throws Exception {
    HomeContext ctx = new HomeContext(KEY, Optional.empty(), "U0MEMBER", false, Locale.forLanguageTag("es"));
    Golden.assertMatches("home-member-not-connected-es.json", home(ctx, ConnectionStatus.unknown()));
  }

  @Test
  void anUnreadableTokenAsksAnAdminToReconnect() throws Exception {
    HomeContext ctx =
        new HomeContext(KEY, Optional.of(settings(null, TokenState.UNREADABLE, "en")), "U0ADMIN", true, Locale.ENGLISH);
    Golden.assertMatches("home-admin-unreadable-en.json", home(ctx, USED));
  }

  @Test
  void theChangeModalKeepsTheTokenOutAndPreselectsTheSettings() throws Exception {
    View modal = ConnectModal.form(Optional.of(settings("secret-token-7f3a9c", TokenState.OK, "pt")), ReportZone.DEFAULT,
        Locale.ENGLISH);
    Golden.assertMatches("connect-modal-change-en.json", modal);
  }

  @Test
  void morePartsFollowTheConnectionAfterADivider() {
    HomeContext ctx = new HomeContext(KEY, Optional.empty(), "U0ADMIN", true, Locale.ENGLISH);
    List<LayoutBlock> connection = ConnectionBlocks.render(ctx, ConnectionStatus.unknown());
    List<LayoutBlock> digest = List.of(section(s -> s.text(markdownText("*Daily digest*"))));
    View view = HomeView.render(List.of(connection, List.of(), digest));
    assertEquals(connection.size() + 2, view.getBlocks().size());
    assertEquals("divider", view.getBlocks().get(connection.size()).getType());
    assertEquals(digest.get(0), view.getBlocks().get(connection.size() + 1));
  }
}
