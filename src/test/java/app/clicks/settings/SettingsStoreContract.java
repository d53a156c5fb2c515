package app.clicks.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.settings.WorkspaceSettings.TokenState;
import app.clicks.testing.TestKeys;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database must do for {@link JdbcSettingsStore}; run on H2 and on PostgreSQL by the subclasses. */
abstract class SettingsStoreContract {
  static final String TOKEN = "wv-secret-token-abcdef9876";
  static final WorkspaceKey KEY = new WorkspaceKey("", "T0TEST");
  static final WorkspaceKey GRID = new WorkspaceKey("E0GRID", "T0TEST");
  static final Instant AT = Instant.parse("2026-11-23T14:30:00Z");

  HikariDataSource db;
  String key;

  /** A fresh, migrated database of the kind under test; closed after each test. */
  abstract HikariDataSource database();

  @BeforeEach
  void setUp() {
    db = database();
    key = TestKeys.newKey();
  }

  @AfterEach
  void tearDown() {
    db.close();
  }

  JdbcSettingsStore store(String current, String previous) {
    return new JdbcSettingsStore(db, TestKeys.cipher(current, previous));
  }

  static WorkspaceSettings settings(WorkspaceKey k, String token, String changedBy) {
    return new WorkspaceSettings(
        k, "0042", token, TokenState.OK, ZoneId.of("America/Lima"), Locale.forLanguageTag("es"), changedBy, AT);
  }

  String storedToken(WorkspaceKey k) throws Exception {
    try (Connection c = db.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT token_enc FROM workspace_settings WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, k.enterpriseId());
      ps.setString(2, k.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        assertTrue(rs.next(), "no row for " + k);
        return rs.getString(1);
      }
    }
  }

  @Test
  void savesAndFindsEveryField() throws Exception {
    store(key, null).save(settings(KEY, TOKEN, "U0ADMIN"));
    WorkspaceSettings found = store(key, null).find(KEY).orElseThrow();
    assertEquals(settings(KEY, TOKEN, "U0ADMIN"), found);
    String stored = storedToken(KEY);
    assertTrue(stored.startsWith("v1:"), stored);
    assertFalse(stored.contains(TOKEN));
  }

  @Test
  void aNewStoreOnTheSameDatabaseKeepsTheSettings() {
    store(key, null).save(settings(KEY, TOKEN, "U0ADMIN"));
    JdbcSettingsStore afterRestart = store(key, null);
    assertEquals(Optional.of(settings(KEY, TOKEN, "U0ADMIN")), afterRestart.find(KEY));
  }

  @Test
  void workspacesAreKeptApartByEnterpriseAndTeam() {
    JdbcSettingsStore store = store(key, null);
    store.save(settings(KEY, TOKEN, "U1"));
    store.save(settings(GRID, "other-token-0000", "U2"));
    assertEquals("U1", store.find(KEY).orElseThrow().changedBy());
    assertEquals("other-token-0000", store.find(GRID).orElseThrow().token());
    assertEquals(Optional.empty(), store.find(new WorkspaceKey("", "T0OTHER")));
  }

  @Test
  void savingAgainReplacesAndANullTokenClearsIt() {
    JdbcSettingsStore store = store(key, null);
    store.save(settings(KEY, TOKEN, "U1"));
    store.save(settings(KEY, null, "U2"));
    WorkspaceSettings found = store.find(KEY).orElseThrow();
    assertEquals("U2", found.changedBy());
    assertEquals(TokenState.NONE, found.tokenState());
    assertNull(found.token());
  }

  @Test
  void aTokenUnderThePreviousKeyIsReadAndReEncryptedUnderTheNewOne() throws Exception {
    String oldKey = key;
    store(oldKey, null).save(settings(KEY, TOKEN, "U1"));
    String before = storedToken(KEY);
    String newKey = TestKeys.newKey();

    assertEquals(TOKEN, store(newKey, oldKey).find(KEY).orElseThrow().token());

    String after = storedToken(KEY);
    assertFalse(after.equals(before));
    assertEquals(TOKEN, store(newKey, null).find(KEY).orElseThrow().token(), "opens without the old key now");
  }

  @Test
  void aTokenNoKeyOpensIsUnreadableAndTheRestIsStillThere() {
    store(key, null).save(settings(KEY, TOKEN, "U1"));
    WorkspaceSettings found = store(TestKeys.newKey(), TestKeys.newKey()).find(KEY).orElseThrow();
    assertEquals(TokenState.UNREADABLE, found.tokenState());
    assertNull(found.token());
    assertEquals("0042", found.serverId());
    assertEquals(ZoneId.of("America/Lima"), found.zone());
  }

  @Test
  void deleteRemovesTheWorkspaceOnly() {
    JdbcSettingsStore store = store(key, null);
    store.save(settings(KEY, TOKEN, "U1"));
    store.save(settings(GRID, TOKEN, "U1"));
    store.delete(KEY);
    assertEquals(Optional.empty(), store.find(KEY));
    assertTrue(store.find(GRID).isPresent());
  }
}
