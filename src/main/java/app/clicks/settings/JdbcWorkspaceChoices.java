package app.clicks.settings;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;

/**
 * {@link WorkspaceChoices} on the application's database (tables workspace_ad_name, workspace_conversion_choice and
 * workspace_conversion_code, migration V8), with the admins' changes.
 */
public final class JdbcWorkspaceChoices implements WorkspaceChoices {
  private static final String WHERE_KEY = " WHERE enterprise_id = ? AND team_id = ?";

  private final DataSource dataSource;

  public JdbcWorkspaceChoices(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Who changed a choice, and when. */
  public record Change(WorkspaceKey workspace, String userId, Instant at) {}

  @Override
  public Map<String, String> adNames(WorkspaceKey workspace) {
    Map<String, String> names = new HashMap<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT ad_id, ad_name FROM workspace_ad_name" + WHERE_KEY)) {
      bindKey(ps, 1, workspace);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.put(rs.getString(1), rs.getString(2));
        }
      }
    } catch (SQLException e) {
      throw new SettingsException("could not read the ad names of workspace " + workspace + ": " + e.getMessage(), e);
    }
    return Map.copyOf(names);
  }

  /**
   * Sets the names of some ads in one transaction: each name is trimmed and cut to {@link #MAX_AD_NAME}; a blank
   * or null name removes the ad's name. Ads not in {@code namesById} keep theirs.
   */
  public void saveAdNames(Change change, Map<String, String> namesById) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Map.Entry<String, String> e : namesById.entrySet()) {
          String name = cleanName(e.getValue());
          delete(c, "DELETE FROM workspace_ad_name" + WHERE_KEY + " AND ad_id = ?", change.workspace(), e.getKey());
          if (name != null) {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_ad_name"
                + " (enterprise_id, team_id, ad_id, ad_name, changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?)")) {
              bindKey(ps, 1, change.workspace());
              ps.setString(3, e.getKey());
              ps.setString(4, name);
              ps.setString(5, change.userId());
              ps.setObject(6, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
              ps.executeUpdate();
            }
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new SettingsException("could not save the ad names of workspace " + change.workspace() + ": "
          + e.getMessage(), e);
    }
  }

  @Override
  public Optional<Set<String>> conversionCodes(WorkspaceKey workspace) {
    try (Connection c = dataSource.getConnection()) {
      try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM workspace_conversion_choice" + WHERE_KEY)) {
        bindKey(ps, 1, workspace);
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            return Optional.empty();
          }
        }
      }
      Set<String> codes = new TreeSet<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT code FROM workspace_conversion_code" + WHERE_KEY)) {
        bindKey(ps, 1, workspace);
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            codes.add(rs.getString(1));
          }
        }
      }
      return Optional.of(Set.copyOf(codes));
    } catch (SQLException e) {
      throw new SettingsException("could not read the conversion codes of workspace " + workspace + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * Makes {@code codes} the workspace's conversion codes (trimmed, upper-cased, blanks dropped); an empty set means
   * no conversions.
   */
  public void chooseConversionCodes(Change change, Set<String> codes) {
    Set<String> clean = new LinkedHashSet<>();
    for (String code : codes) {
      String k = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
      if (!k.isEmpty()) {
        clean.add(k);
      }
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        deleteChoice(c, change.workspace());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_conversion_choice"
            + " (enterprise_id, team_id, changed_by, changed_at) VALUES (?, ?, ?, ?)")) {
          bindKey(ps, 1, change.workspace());
          ps.setString(3, change.userId());
          ps.setObject(4, OffsetDateTime.ofInstant(change.at(), ZoneOffset.UTC));
          ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO workspace_conversion_code (enterprise_id, team_id, code) VALUES (?, ?, ?)")) {
          for (String code : clean) {
            bindKey(ps, 1, change.workspace());
            ps.setString(3, code);
            ps.addBatch();
          }
          ps.executeBatch();
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new SettingsException("could not save the conversion codes of workspace " + change.workspace() + ": "
          + e.getMessage(), e);
    }
  }

  /** Goes back to wolkvox's hits as the workspace's conversion codes. */
  public void useWolkvoxHits(WorkspaceKey workspace) {
    try (Connection c = dataSource.getConnection()) {
      deleteChoice(c, workspace);
    } catch (SQLException e) {
      throw new SettingsException("could not reset the conversion codes of workspace " + workspace + ": "
          + e.getMessage(), e);
    }
  }

  /** Forgets everything the workspace chose (the app was removed from it). */
  public void delete(WorkspaceKey workspace) {
    try (Connection c = dataSource.getConnection()) {
      delete(c, "DELETE FROM workspace_ad_name" + WHERE_KEY, workspace, null);
      deleteChoice(c, workspace);
    } catch (SQLException e) {
      throw new SettingsException("could not delete the choices of workspace " + workspace + ": " + e.getMessage(), e);
    }
  }

  /** {@code name} trimmed and cut to {@link #MAX_AD_NAME} characters, or null when blank. */
  public static String cleanName(String name) {
    String n = name == null ? "" : name.strip();
    if (n.isEmpty()) {
      return null;
    }
    if (n.codePointCount(0, n.length()) <= MAX_AD_NAME) {
      return n;
    }
    return n.substring(0, n.offsetByCodePoints(0, MAX_AD_NAME)).strip();
  }

  private static void deleteChoice(Connection c, WorkspaceKey workspace) throws SQLException {
    delete(c, "DELETE FROM workspace_conversion_code" + WHERE_KEY, workspace, null);
    delete(c, "DELETE FROM workspace_conversion_choice" + WHERE_KEY, workspace, null);
  }

  private static void delete(Connection c, String sql, WorkspaceKey workspace, String adId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bindKey(ps, 1, workspace);
      if (adId != null) {
        ps.setString(3, adId);
      }
      ps.executeUpdate();
    }
  }

  private static void bindKey(PreparedStatement ps, int first, WorkspaceKey key) throws SQLException {
    ps.setString(first, key.enterpriseId());
    ps.setString(first + 1, key.teamId());
  }
}
