package app.clicks.teams;

import app.clicks.settings.TokenCipher;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The teams_settings table (V12; V18 dropped digest_on and alerts_on): a workspace's Teams settings with both secrets
 * sealed by the settings cipher. Each secret is bound to the workspace and to its role, so that neither opens in
 * another row or in the other column. A secret that no configured key opens reads as absent (an admin connects Teams
 * again).
 */
public final class TeamsSettingsStore {
  private static final String COLUMNS = "enterprise_id, team_id, webhook_enc, outgoing_token_enc, language,"
      + " changed_by, changed_at";

  private final DataSource dataSource;
  private final TokenCipher cipher;

  public TeamsSettingsStore(DataSource dataSource, TokenCipher cipher) {
    this.dataSource = dataSource;
    this.cipher = cipher;
  }

  public Optional<TeamsSettings> find(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM teams_settings WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new TeamsException("reading the Teams settings of " + key, e);
    }
  }

  /** Every workspace with a security token, for telling which one an Outgoing Webhook request comes from. */
  public List<TeamsSettings> answering() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM teams_settings WHERE outgoing_token_enc IS NOT NULL"
                + " ORDER BY enterprise_id, team_id")) {
      List<TeamsSettings> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          TeamsSettings s = read(rs);
          if (s.answers()) {
            out.add(s);
          }
        }
      }
      return out;
    } catch (SQLException e) {
      throw new TeamsException("reading the Teams security tokens", e);
    }
  }

  /** Inserts or replaces the workspace's settings (the last post stays). */
  public void save(TeamsSettings s) {
    String webhook = s.posts() ? cipher.encrypt(s.webhookUrl(), context(s.workspace(), "webhook")) : null;
    String token = s.answers() ? cipher.encrypt(s.outgoingToken(), context(s.workspace(), "outgoing")) : null;
    try (Connection c = dataSource.getConnection()) {
      if (update(c, s, webhook, token) == 0) {
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO teams_settings (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?)")) {
          ps.setString(1, s.workspace().enterpriseId());
          ps.setString(2, s.workspace().teamId());
          ps.setString(3, webhook);
          ps.setString(4, token);
          ps.setString(5, s.language().getLanguage());
          ps.setString(6, s.changedBy());
          ps.setObject(7, OffsetDateTime.ofInstant(s.changedAt(), ZoneOffset.UTC));
          ps.executeUpdate();
        } catch (SQLException e) {
          if (!"23505".equals(e.getSQLState()) || update(c, s, webhook, token) == 0) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new TeamsException("saving the Teams settings of " + s.workspace(), e);
    }
  }

  private static int update(Connection c, TeamsSettings s, String webhook, String token) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE teams_settings SET webhook_enc = ?, outgoing_token_enc = ?,"
        + " language = ?, changed_by = ?, changed_at = ? WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, webhook);
      ps.setString(2, token);
      ps.setString(3, s.language().getLanguage());
      ps.setString(4, s.changedBy());
      ps.setObject(5, OffsetDateTime.ofInstant(s.changedAt(), ZoneOffset.UTC));
      ps.setString(6, s.workspace().enterpriseId());
      ps.setString(7, s.workspace().teamId());
      return ps.executeUpdate();
    }
  }

  /** Deletes the workspace's Teams settings and both secrets (Disconnect Teams, uninstall). */
  public void delete(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "DELETE FROM teams_settings WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new TeamsException("deleting the Teams settings of " + key, e);
    }
  }

  /** Records the last card posted to the workspace's webhook (nothing when Teams was disconnected meanwhile). */
  public void recordLastPost(WorkspaceKey key, LastPost post) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE teams_settings SET last_post_at = ?, last_post_kind = ?,"
            + " last_post_outcome = ?, last_post_status = ? WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(post.at(), ZoneOffset.UTC));
      ps.setString(2, post.kind().name());
      ps.setString(3, post.result().name());
      if (post.status() == null) {
        ps.setNull(4, Types.INTEGER);
      } else {
        ps.setInt(4, post.status());
      }
      ps.setString(5, key.enterpriseId());
      ps.setString(6, key.teamId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new TeamsException("recording the last Teams post of " + key, e);
    }
  }

  public Optional<LastPost> lastPost(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT last_post_at, last_post_kind, last_post_outcome,"
            + " last_post_status FROM teams_settings WHERE enterprise_id = ? AND team_id = ?"
            + " AND last_post_at IS NOT NULL")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        int status = rs.getInt(4);
        return Optional.of(new LastPost(rs.getObject(1, OffsetDateTime.class).toInstant(),
            LastPost.Kind.valueOf(rs.getString(2)), TeamsPostOutcome.Result.valueOf(rs.getString(3)),
            rs.wasNull() ? null : status));
      }
    } catch (SQLException e) {
      throw new TeamsException("reading the last Teams post of " + key, e);
    }
  }

  private TeamsSettings read(ResultSet rs) throws SQLException {
    WorkspaceKey key = new WorkspaceKey(rs.getString(1), rs.getString(2));
    return new TeamsSettings(key, open(rs.getString(3), context(key, "webhook")),
        open(rs.getString(4), context(key, "outgoing")), Locale.forLanguageTag(rs.getString(5)), rs.getString(6),
        rs.getObject(7, OffsetDateTime.class).toInstant());
  }

  private String open(String sealed, String context) {
    TokenCipher.Opened o = cipher.open(sealed, context);
    return o.state() == WorkspaceSettings.TokenState.OK ? o.token() : null;
  }

  /** Binds a sealed value to its workspace and its role ("webhook", "outgoing"). */
  private static String context(WorkspaceKey key, String role) {
    return "teams-" + role + ":" + key.enterpriseId() + "/" + key.teamId();
  }
}
