package app.clicks.settings;

import app.clicks.report.ReportZone;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link SettingsStore} on the application's database (table workspace_settings, migration V2). A token sealed
 * under the previous key is re-encrypted under the current one the first time it is read.
 */
public final class JdbcSettingsStore implements SettingsStore {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcSettingsStore.class);
  private static final String COLUMNS = "server_id, token_enc, zone, language, changed_by, changed_at";
  private static final String WHERE_KEY = " WHERE enterprise_id = ? AND team_id = ?";

  private final DataSource dataSource;
  private final TokenCipher cipher;

  public JdbcSettingsStore(DataSource dataSource, TokenCipher cipher) {
    this.dataSource = dataSource;
    this.cipher = cipher;
  }

  @Override
  public Optional<WorkspaceSettings> find(WorkspaceKey key) {
    String stored;
    WorkspaceSettings found;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM workspace_settings" + WHERE_KEY)) {
      bindKey(ps, 1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        stored = rs.getString("token_enc");
        TokenCipher.Opened opened = cipher.open(stored, context(key));
        if (opened.state() == WorkspaceSettings.TokenState.UNREADABLE) {
          LOG.warn("The wolkvox token of workspace {} opens with no configured key: an admin must reconnect.", key);
        }
        found =
            new WorkspaceSettings(
                key,
                rs.getString("server_id"),
                opened.token(),
                opened.state(),
                ZoneId.of(rs.getString("zone")),
                Locale.forLanguageTag(rs.getString("language")),
                rs.getString("changed_by"),
                rs.getObject("changed_at", OffsetDateTime.class).toInstant());
        if (opened.underPreviousKey()) {
          reseal(c, key, stored, opened.token());
        }
      }
    } catch (SQLException e) {
      throw new SettingsException("could not read the settings of workspace " + key + ": " + e.getMessage(), e);
    }
    return Optional.of(found);
  }

  /**
   * The settings of every workspace connected to wolkvox server {@code serverId}, the longest connected first (by
   * last change): who else reads its stored clicks, and in which report timezone.
   */
  public List<WorkspaceSettings> onServer(String serverId) {
    List<WorkspaceKey> keys = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT enterprise_id, team_id FROM workspace_settings"
            + " WHERE server_id = ? ORDER BY changed_at, enterprise_id, team_id")) {
      ps.setString(1, serverId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          keys.add(new WorkspaceKey(rs.getString(1), rs.getString(2)));
        }
      }
    } catch (SQLException e) {
      throw new SettingsException("could not read the workspaces of server " + serverId + ": " + e.getMessage(), e);
    }
    List<WorkspaceSettings> out = new ArrayList<>();
    for (WorkspaceKey k : keys) {
      find(k).filter(s -> serverId.equals(s.serverId())).ifPresent(out::add);
    }
    return out;
  }

  /** Writes the token again under the current key, unless someone changed it since it was read. */
  private void reseal(Connection c, WorkspaceKey key, String stored, String token) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("UPDATE workspace_settings SET token_enc = ?" + WHERE_KEY + " AND token_enc = ?")) {
      ps.setString(1, cipher.encrypt(token, context(key)));
      bindKey(ps, 2, key);
      ps.setString(4, stored);
      ps.executeUpdate();
    }
    LOG.info("Re-encrypted the wolkvox token of workspace {} under the current key.", key);
  }

  /** Saves the settings as given: a null token clears the stored one. */
  @Override
  public void save(WorkspaceSettings s) {
    String sealed = s.token() == null || s.token().isEmpty() ? null : cipher.encrypt(s.token(), context(s.key()));
    try (Connection c = dataSource.getConnection()) {
      if (update(c, s, sealed) == 0) {
        try {
          insert(c, s, sealed);
        } catch (SQLException e) {
          if (!"23505".equals(e.getSQLState()) || update(c, s, sealed) == 0) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new SettingsException("could not save the settings of workspace " + s.key() + ": " + e.getMessage(), e);
    }
  }

  private int update(Connection c, WorkspaceSettings s, String sealed) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE workspace_settings SET server_id = ?, token_enc = ?, zone = ?, language = ?, changed_by = ?, "
                + "changed_at = ?" + WHERE_KEY)) {
      int i = bindValues(ps, s, sealed);
      bindKey(ps, i, s.key());
      return ps.executeUpdate();
    }
  }

  private void insert(Connection c, WorkspaceSettings s, String sealed) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO workspace_settings (" + COLUMNS + ", enterprise_id, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int i = bindValues(ps, s, sealed);
      bindKey(ps, i, s.key());
      ps.executeUpdate();
    }
  }

  private static int bindValues(PreparedStatement ps, WorkspaceSettings s, String sealed) throws SQLException {
    ps.setString(1, s.serverId());
    ps.setString(2, sealed);
    ps.setString(3, (s.zone() == null ? ReportZone.DEFAULT : s.zone()).getId());
    ps.setString(4, (s.language() == null ? Locale.ENGLISH : s.language()).toLanguageTag());
    ps.setString(5, s.changedBy());
    ps.setObject(6, OffsetDateTime.ofInstant(s.changedAt() == null ? Instant.EPOCH : s.changedAt(), ZoneOffset.UTC));
    return 7;
  }

  @Override
  public void delete(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM workspace_settings" + WHERE_KEY)) {
      bindKey(ps, 1, key);
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new SettingsException("could not delete the settings of workspace " + key + ": " + e.getMessage(), e);
    }
  }

  private static void bindKey(PreparedStatement ps, int first, WorkspaceKey key) throws SQLException {
    ps.setString(first, key.enterpriseId());
    ps.setString(first + 1, key.teamId());
  }

  /** The associated data that binds a sealed token to its workspace. */
  private static String context(WorkspaceKey key) {
    return key.enterpriseId() + "/" + key.teamId();
  }
}
