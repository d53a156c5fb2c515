package app.clicks.slack.install;

import app.clicks.settings.SettingsException;
import app.clicks.settings.TokenCipher;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import com.slack.api.bolt.model.Bot;
import com.slack.api.bolt.model.Installer;
import com.slack.api.bolt.model.builtin.DefaultBot;
import com.slack.api.bolt.model.builtin.DefaultInstaller;
import com.slack.api.bolt.service.InstallationService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bolt's {@link InstallationService} on the app's database (table slack_installation, V13), so every instance
 * answers every installed workspace. One row per workspace (enterprise id, team id): a re-install replaces it. The
 * bot token is sealed with the settings cipher, bound to the workspace, and re-sealed under the current key the first
 * time it is read after a key rotation. No history is kept; no user token is asked for.
 */
final class JdbcInstallationService implements InstallationService {
  private static final Logger LOG = LoggerFactory.getLogger(JdbcInstallationService.class);
  private static final String COLUMNS = "app_id, team_name, enterprise_name, bot_id, bot_user_id, bot_token_enc, "
      + "bot_scopes, installer_user_id, installed_at";
  private static final String WHERE_KEY = " WHERE enterprise_id = ? AND team_id = ?";

  private final DataSource dataSource;
  private final TokenCipher cipher;
  private final Clock clock;
  private final String installUrl;

  /** @param installUrl where an admin installs the app (PUBLIC_URL/slack/install), for the "not installed" answer */
  JdbcInstallationService(DataSource dataSource, TokenCipher cipher, Clock clock, String installUrl) {
    this.dataSource = dataSource;
    this.cipher = cipher;
    this.clock = clock;
    this.installUrl = installUrl;
  }

  /** One stored installation, token opened. */
  record Row(WorkspaceKey key, String appId, String teamName, String enterpriseName, String botId, String botUserId,
      String botToken, String botScopes, String installerUserId, Instant installedAt) {
    @Override
    public String toString() {
      return "Installation[" + key + ", botUserId=" + botUserId + "]";
    }
  }

  @Override
  public boolean isHistoricalDataEnabled() {
    return false;
  }

  @Override
  public void setHistoricalDataEnabled(boolean enabled) {
    if (enabled) {
      throw new UnsupportedOperationException("installations keep no history: one row per workspace");
    }
  }

  @Override
  public void saveInstallerAndBot(Installer i) {
    String teamName = i instanceof DefaultInstaller d ? d.getTeamName() : null;
    String enterpriseName = i instanceof DefaultInstaller d ? d.getEnterpriseName() : null;
    save(new Row(key(i.getEnterpriseId(), i.getTeamId()), i.getAppId(), teamName, enterpriseName,
        i.getBotId(), i.getBotUserId(), i.getBotAccessToken(), i.getBotScope(), i.getInstallerUserId(),
        at(i.getInstalledAt())));
  }

  @Override
  public void saveBot(Bot b) {
    String teamName = b instanceof DefaultBot d ? d.getTeamName() : null;
    String enterpriseName = b instanceof DefaultBot d ? d.getEnterpriseName() : null;
    save(new Row(key(b.getEnterpriseId(), b.getTeamId()), b.getAppId(), teamName, enterpriseName,
        b.getBotId(), b.getBotUserId(), b.getBotAccessToken(), b.getBotScope(), null, at(b.getInstalledAt())));
  }

  @Override
  public void deleteBot(Bot bot) {
    delete(key(bot.getEnterpriseId(), bot.getTeamId()));
  }

  @Override
  public void deleteInstaller(Installer installer) {
    delete(key(installer.getEnterpriseId(), installer.getTeamId()));
  }

  @Override
  public void deleteAll(String enterpriseId, String teamId) {
    delete(key(enterpriseId, teamId));
  }

  @Override
  public Bot findBot(String enterpriseId, String teamId) {
    return find(key(enterpriseId, teamId)).map(JdbcInstallationService::bot).orElse(null);
  }

  @Override
  public Installer findInstaller(String enterpriseId, String teamId, String userId) {
    return find(key(enterpriseId, teamId)).map(JdbcInstallationService::installer).orElse(null);
  }

  @Override
  public String getInstallationGuideText(String enterpriseId, String teamId, String userId) {
    return "wolkvox clicks is not installed in this workspace: an admin can add it at " + installUrl;
  }

  /** The installation of {@code key}, its token opened; empty when none, or when no configured key opens it. */
  Optional<Row> find(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM slack_installation" + WHERE_KEY)) {
      bind(ps, 1, key);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String stored = rs.getString("bot_token_enc");
        TokenCipher.Opened opened = cipher.open(stored, context(key));
        if (opened.state() != WorkspaceSettings.TokenState.OK) {
          LOG.warn("The bot token of workspace {} opens with no configured key: the app must be installed again.",
              key);
          return Optional.empty();
        }
        Row row = new Row(key, rs.getString("app_id"), rs.getString("team_name"), rs.getString("enterprise_name"),
            rs.getString("bot_id"), rs.getString("bot_user_id"), opened.token(), rs.getString("bot_scopes"),
            rs.getString("installer_user_id"), rs.getObject("installed_at", OffsetDateTime.class).toInstant());
        if (opened.underPreviousKey()) {
          reseal(c, key, stored, opened.token());
        }
        return Optional.of(row);
      }
    } catch (SQLException e) {
      throw new SettingsException("could not read the installation of workspace " + key + ": " + e.getMessage(), e);
    }
  }

  /** Saves {@code row}, replacing the workspace's installation if there is one. */
  void save(Row row) {
    if (row.botToken() == null || row.botToken().isEmpty()) {
      throw new SettingsException("the installation of workspace " + row.key() + " has no bot token");
    }
    String sealed = cipher.encrypt(row.botToken(), context(row.key()));
    try (Connection c = dataSource.getConnection()) {
      if (update(c, row, sealed) == 0) {
        try {
          insert(c, row, sealed);
        } catch (SQLException e) {
          if (!"23505".equals(e.getSQLState()) || update(c, row, sealed) == 0) {
            throw e;
          }
        }
      }
    } catch (SQLException e) {
      throw new SettingsException("could not save the installation of workspace " + row.key() + ": "
          + e.getMessage(), e);
    }
    LOG.info("Installed in workspace {} (bot user {}).", row.key(), row.botUserId());
  }

  /** Forgets the installation of {@code key} (uninstalled, tokens revoked); nothing when there is none. */
  void delete(WorkspaceKey key) {
    int deleted;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("DELETE FROM slack_installation" + WHERE_KEY)) {
      bind(ps, 1, key);
      deleted = ps.executeUpdate();
    } catch (SQLException e) {
      throw new SettingsException("could not delete the installation of workspace " + key + ": " + e.getMessage(),
          e);
    }
    if (deleted > 0) {
      LOG.info("The installation of workspace {} is deleted.", key);
    }
  }

  private int update(Connection c, Row row, String sealed) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("UPDATE slack_installation SET app_id = ?, team_name = ?, "
        + "enterprise_name = ?, bot_id = ?, bot_user_id = ?, bot_token_enc = ?, bot_scopes = ?, installer_user_id = ?, "
        + "installed_at = ?" + WHERE_KEY)) {
      bind(ps, values(ps, row, sealed), row.key());
      return ps.executeUpdate();
    }
  }

  private void insert(Connection c, Row row, String sealed) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO slack_installation (" + COLUMNS
        + ", enterprise_id, team_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      bind(ps, values(ps, row, sealed), row.key());
      ps.executeUpdate();
    }
  }

  /** Binds the columns in {@link #COLUMNS} order; returns the next index. */
  private int values(PreparedStatement ps, Row row, String sealed) throws SQLException {
    ps.setString(1, row.appId());
    ps.setString(2, row.teamName());
    ps.setString(3, row.enterpriseName());
    ps.setString(4, row.botId());
    ps.setString(5, row.botUserId());
    ps.setString(6, sealed);
    ps.setString(7, row.botScopes());
    ps.setString(8, row.installerUserId());
    ps.setObject(9, OffsetDateTime.ofInstant(row.installedAt() == null ? clock.instant() : row.installedAt(),
        ZoneOffset.UTC));
    return 10;
  }

  /** Writes the token again under the current key, unless someone changed it since it was read. */
  private void reseal(Connection c, WorkspaceKey key, String stored, String token) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "UPDATE slack_installation SET bot_token_enc = ?" + WHERE_KEY + " AND bot_token_enc = ?")) {
      ps.setString(1, cipher.encrypt(token, context(key)));
      bind(ps, 2, key);
      ps.setString(4, stored);
      ps.executeUpdate();
    }
    LOG.info("Re-encrypted the bot token of workspace {} under the current key.", key);
  }

  private static Bot bot(Row r) {
    DefaultBot b = new DefaultBot();
    b.setAppId(r.appId());
    b.setEnterpriseId(nullIfEmpty(r.key().enterpriseId()));
    b.setEnterpriseName(r.enterpriseName());
    b.setTeamId(r.key().teamId());
    b.setTeamName(r.teamName());
    b.setBotId(r.botId());
    b.setBotUserId(r.botUserId());
    b.setBotAccessToken(r.botToken());
    b.setBotScope(r.botScopes());
    b.setIsEnterpriseInstall(false);
    b.setInstalledAt(r.installedAt().toEpochMilli());
    return b;
  }

  private static Installer installer(Row r) {
    DefaultInstaller i = new DefaultInstaller();
    i.setAppId(r.appId());
    i.setEnterpriseId(nullIfEmpty(r.key().enterpriseId()));
    i.setEnterpriseName(r.enterpriseName());
    i.setTeamId(r.key().teamId());
    i.setTeamName(r.teamName());
    i.setBotId(r.botId());
    i.setBotUserId(r.botUserId());
    i.setBotAccessToken(r.botToken());
    i.setBotScope(r.botScopes());
    i.setInstallerUserId(r.installerUserId());
    i.setIsEnterpriseInstall(false);
    i.setInstalledAt(r.installedAt().toEpochMilli());
    return i;
  }

  private static WorkspaceKey key(String enterpriseId, String teamId) {
    return new WorkspaceKey(enterpriseId, teamId);
  }

  private static Instant at(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }

  private static String nullIfEmpty(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  private static void bind(PreparedStatement ps, int first, WorkspaceKey key) throws SQLException {
    ps.setString(first, key.enterpriseId());
    ps.setString(first + 1, key.teamId());
  }

  /** The associated data that binds a sealed bot token to its workspace (a different kind from wolkvox tokens). */
  private static String context(WorkspaceKey key) {
    return "slack-bot/" + key.enterpriseId() + "/" + key.teamId();
  }
}
