package app.clicks.slack.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import app.clicks.alerts.AlertDeliveryLog;
import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertPostOutcome;
import app.clicks.alerts.AlertPoster;
import app.clicks.alerts.AlertRule;
import app.clicks.alerts.BusinessHours;
import app.clicks.alerts.Finding;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.PostOutcome;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.alerts.AlertsFeature;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.digest.DigestFeature;
import app.clicks.slack.testing.SlackStandIn;
import app.clicks.testing.FakeSettingsStore;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * With many workspaces, what posts outside a request (the digest, alerts) posts to each workspace with that
 * workspace's own bot token from its installation, and to a workspace with no installation not at all.
 */
class OwnTokenPostingTest {
  static final WorkspaceKey ONE = new WorkspaceKey("", "T0ONE");
  static final WorkspaceKey TWO = new WorkspaceKey("", "T0TWO");
  static final ZoneId BOGOTA = ZoneId.of("America/Bogota");
  static final Instant NOW = Instant.parse("2026-11-23T17:15:00Z");

  SlackStandIn slack;
  HikariDataSource db;
  BotTokens tokens;

  @BeforeEach
  void start() throws Exception {
    slack = new SlackStandIn();
    db = TestDatabases.h2();
    String key = TestKeys.newKey();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    JdbcInstallationService installations =
        new JdbcInstallationService(db, TestKeys.cipher(key), clock, "https://clicks.example.com/slack/install");
    installations.saveInstallerAndBot(InstallStoreContract.install(null, "T0ONE", "xoxb-own-one"));
    installations.saveInstallerAndBot(InstallStoreContract.install(null, "T0TWO", "xoxb-own-two"));
    tokens = new InstallFeature(db, TestKeys.cipher(key), "https://clicks.example.com", clock).botTokens();
  }

  @AfterEach
  void stop() {
    slack.close();
    db.close();
  }

  @Test
  void eachDigestPostsWithItsWorkspacesOwnToken() throws Exception {
    DigestPoster poster = DigestFeature.poster(tokens, slack.apiUrl(), FakeSettingsStore.connected(ONE, TWO));

    assertInstanceOf(PostOutcome.Posted.class, poster.postNote(note(TWO)));
    assertEquals("xoxb-own-two", SlackStandIn.bearer(slack.next("chat.postMessage")));
    assertInstanceOf(PostOutcome.Posted.class, poster.postNote(note(ONE)));
    assertEquals("xoxb-own-one", SlackStandIn.bearer(slack.next("chat.postMessage")));
  }

  @Test
  void aWorkspaceWithNoInstallationGetsNoPost() throws Exception {
    DigestPoster digest = DigestFeature.poster(tokens, slack.apiUrl(), FakeSettingsStore.connected(ONE));
    AlertPoster alerts = AlertsFeature.poster(tokens, slack.apiUrl(), FakeSettingsStore.connected(ONE));
    WorkspaceKey gone = new WorkspaceKey("", "T0GONE");

    assertEquals(new PostOutcome.OtherFailure("not_installed"), digest.postNote(note(gone)));
    assertEquals(new AlertPostOutcome.Failed("not_installed"), alerts.post(alert(gone)));
    assertNull(slack.poll("chat.postMessage", 200));
  }

  @Test
  void eachAlertPostsWithItsWorkspacesOwnToken() throws Exception {
    AlertPoster poster = AlertsFeature.poster(tokens, slack.apiUrl(), FakeSettingsStore.connected(ONE, TWO));

    assertInstanceOf(AlertPostOutcome.Posted.class, poster.post(alert(ONE)));
    assertEquals("xoxb-own-one", SlackStandIn.bearer(slack.next("chat.postMessage")));
    assertInstanceOf(AlertPostOutcome.Posted.class, poster.post(alert(TWO)));
    assertEquals("xoxb-own-two", SlackStandIn.bearer(slack.next("chat.postMessage")));
  }

  @Test
  void oneWorkspaceKeepsTheOneBotToken() throws Exception {
    DigestPoster poster =
        DigestFeature.poster("xoxb-the-only-one", slack.apiUrl(), FakeSettingsStore.connected(ONE));
    poster.postNote(note(ONE));
    assertEquals("xoxb-the-only-one", SlackStandIn.bearer(slack.next("chat.postMessage")));
  }

  static DigestNote note(WorkspaceKey key) {
    return new DigestNote(key, "C0DIGEST", LocalDate.of(2026, 11, 22), BOGOTA, DigestNote.Kind.NO_CLICKS);
  }

  static AlertMessage alert(WorkspaceKey key) {
    Finding.SilenceFacts f = new Finding.SilenceFacts(Instant.parse("2026-11-23T15:05:00Z"),
        Duration.ofMinutes(130), 7, 41L);
    BusinessHours hours = new BusinessHours(LocalTime.of(8, 0), LocalTime.of(20, 0), EnumSet.allOf(DayOfWeek.class),
        BOGOTA);
    return new AlertMessage(key, "C0ALERTS", AlertDeliveryLog.Kind.ALERT, AlertRule.SILENCE, f, hours, null, null,
        NOW);
  }
}
