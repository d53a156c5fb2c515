package app.clicks.slack.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.TokenCipher;
import app.clicks.testing.TestDatabases;
import app.clicks.testing.TestKeys;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The installation store and the install states on one kind of database: installations keyed by enterprise and team,
 * replaced by a re-install, bot tokens sealed (not readable in the table, bound to their workspace, re-sealed after a
 * key rotation); states single-use, good for 10 minutes, shared by two instances.
 */
abstract class InstallStoreContract {
  static final String KEY = TestKeys.newKey();
  static final Instant T0 = Instant.parse("2026-03-02T15:00:00Z");

  abstract HikariDataSource newDatabase();

  HikariDataSource db;
  final AtomicReference<Instant> now = new AtomicReference<>(T0);
  final Clock clock = new Clock() {
    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now.get();
    }
  };

  @AfterEach
  void close() {
    if (db != null) {
      db.close();
    }
  }

  JdbcInstallationService installations(DataSource ds, TokenCipher cipher) {
    return new JdbcInstallationService(ds, cipher, clock, "https://clicks.example.com/slack/install");
  }

  static DefaultInstaller install(String enterprise, String team, String token) {
    DefaultInstaller i = new DefaultInstaller();
    i.setAppId("A0CLICKS");
    i.setEnterpriseId(enterprise);
    i.setTeamId(team);
    i.setTeamName("Team " + team);
    i.setBotUserId("U0BOT");
    i.setBotId("B0BOT");
    i.setBotAccessToken(token);
    i.setBotScope("commands,chat:write");
    i.setInstallerUserId("U0ADMIN");
    i.setInstalledAt(T0.toEpochMilli());
    return i;
  }

  @Test
  void anInstallationIsFoundByEnterpriseAndTeamAndAReinstallReplacesItsToken() throws Exception {
    db = newDatabase();
    JdbcInstallationService store = installations(db, TestKeys.cipher(KEY));
    store.saveInstallerAndBot(install(null, "T0ONE", "xoxb-one-first"));
    store.saveInstallerAndBot(install("E0GRID", "T0ONE", "xoxb-grid-one"));

    Bot bot = store.findBot(null, "T0ONE");
    assertEquals("xoxb-one-first", bot.getBotAccessToken());
    assertEquals("U0BOT", bot.getBotUserId());
    assertNull(bot.getEnterpriseId());
    assertEquals("xoxb-grid-one", store.findBot("E0GRID", "T0ONE").getBotAccessToken());
    assertEquals("U0ADMIN", store.findInstaller(null, "T0ONE", "U0ANYONE").getInstallerUserId());
    assertNull(store.findBot(null, "T0OTHER"));

    store.saveInstallerAndBot(install(null, "T0ONE", "xoxb-one-second"));
    assertEquals("xoxb-one-second", store.findBot(null, "T0ONE").getBotAccessToken());
    assertEquals(1, count("SELECT COUNT(*) FROM slack_installation WHERE team_id = 'T0ONE' AND enterprise_id = ''"));
  }

  @Test
  void deleteAllForgetsOneWorkspaceOnly() {
    db = newDatabase();
    JdbcInstallationService store = installations(db, TestKeys.cipher(KEY));
    store.saveInstallerAndBot(install(null, "T0ONE", "xoxb-one"));
    store.saveInstallerAndBot(install(null, "T0TWO", "xoxb-two"));

    store.deleteAll(null, "T0ONE");

    assertNull(store.findBot(null, "T0ONE"));
    assertEquals("xoxb-two", store.findBot(null, "T0TWO").getBotAccessToken());
    store.deleteAll(null, "T0ONE"); // again: nothing to do, no error
  }

  @Test
  void theTokenIsNotReadableInTheTableAndOpensOnlyForItsWorkspace() throws Exception {
    db = newDatabase();
    JdbcInstallationService store = installations(db, TestKeys.cipher(KEY));
    store.saveInstallerAndBot(install(null, "T0ONE", "xoxb-secret-one"));
    store.saveInstallerAndBot(install(null, "T0TWO", "xoxb-secret-two"));
    String sealed = text("SELECT bot_token_enc FROM slack_installation WHERE team_id = 'T0ONE'");
    assertTrue(sealed.startsWith("v1:"), sealed);
    assertFalse(sealed.contains("secret-one"), sealed);

    TestDatabases.execute(db, "UPDATE slack_installation SET bot_token_enc = '" + sealed + "' WHERE team_id = 'T0TWO'");
    assertNull(store.findBot(null, "T0TWO"), "a token copied to another workspace's row does not open");
    assertEquals("xoxb-secret-one", store.findBot(null, "T0ONE").getBotAccessToken());
  }

  @Test
  void keyRotationReSealsTheTokenUnderTheNewKey() throws Exception {
    db = newDatabase();
    installations(db, TestKeys.cipher(KEY)).saveInstallerAndBot(install(null, "T0ONE", "xoxb-rotated"));
    String before = text("SELECT bot_token_enc FROM slack_installation");
    String newKey = TestKeys.newKey();

    JdbcInstallationService rotated = installations(db, TestKeys.cipher(newKey, KEY));
    assertEquals("xoxb-rotated", rotated.findBot(null, "T0ONE").getBotAccessToken());
    assertNotEquals(before, text("SELECT bot_token_enc FROM slack_installation"));

    JdbcInstallationService newKeyOnly = installations(db, TestKeys.cipher(newKey));
    assertEquals("xoxb-rotated", newKeyOnly.findBot(null, "T0ONE").getBotAccessToken());
    assertNull(installations(db, TestKeys.cipher(TestKeys.newKey())).findBot(null, "T0ONE"),
        "under an unknown key: not installed, never an exception");
  }

  @Test
  void aStateIsSingleUseAndSharedByTwoInstances() throws Exception {
    db = newDatabase();
    HikariDataSource otherPool = secondPool();
    try {
      JdbcOAuthStateService first = new JdbcOAuthStateService(db, clock);
      JdbcOAuthStateService second = new JdbcOAuthStateService(otherPool, clock);
      first.addNewStateToDatastore("state-1");

      assertTrue(second.isAvailableInDatabase("state-1"), "another instance completes the install");
      assertFalse(first.isAvailableInDatabase("state-1"), "used once");
      assertFalse(second.isAvailableInDatabase("state-1"));
      assertFalse(first.isAvailableInDatabase("never-issued"));
    } finally {
      otherPool.close();
    }
  }

  @Test
  void aStateExpiresAfterTenMinutes() {
    db = newDatabase();
    JdbcOAuthStateService states = new JdbcOAuthStateService(db, clock);
    assertEquals(600, states.getExpirationInSeconds());
    states.addNewStateToDatastore("fresh");
    states.addNewStateToDatastore("stale");

    now.set(T0.plus(Duration.ofMinutes(10)).minusSeconds(1));
    assertTrue(states.isAvailableInDatabase("fresh"), "9 min 59 s: still good");
    now.set(T0.plus(Duration.ofMinutes(10)));
    assertFalse(states.isAvailableInDatabase("stale"), "10 min: expired");
  }

  @Test
  void expiredStatesAreDroppedWhenANewOneIsIssued() throws Exception {
    db = newDatabase();
    JdbcOAuthStateService states = new JdbcOAuthStateService(db, clock);
    states.addNewStateToDatastore("old");
    now.set(T0.plus(Duration.ofHours(1)));
    states.addNewStateToDatastore("new");
    assertEquals(1, count("SELECT COUNT(*) FROM slack_oauth_state"));
  }

  /** A second pool on the same database, as another instance has. */
  HikariDataSource secondPool() {
    com.zaxxer.hikari.HikariConfig c = new com.zaxxer.hikari.HikariConfig();
    c.setJdbcUrl(db.getJdbcUrl());
    c.setUsername(db.getUsername());
    c.setPassword(db.getPassword());
    c.setMaximumPoolSize(2);
    return new HikariDataSource(c);
  }

  long count(String sql) throws Exception {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  String text(String sql) throws Exception {
    try (Connection c = db.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }
}
