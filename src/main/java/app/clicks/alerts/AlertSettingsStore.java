package app.clicks.alerts;

import app.clicks.digest.Destinations;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/** The workspaces' alert rules and how their last checks went (table alert_settings, V11; destinations V18). */
public final class AlertSettingsStore {
  /** How the last check went. */
  public enum CheckOutcome {
    OK,
    WOLKVOX_FAILED,
    BUDGET_SPENT,
    NOT_CONNECTED
  }

  /** The last check: when, how, and how many failed in a row. */
  public record LastCheck(Instant at, CheckOutcome outcome, int failedInARow) {}

  private static final String COLUMNS = "enterprise_id, team_id, channel_id, hours_from, hours_to, days, zone,"
      + " silence_on, silence_hours, drop_on, drop_percent, drop_min_clicks, ad_on, ad_min_daily, ad_hours,"
      + " destinations";

  private final DataSource dataSource;

  public AlertSettingsStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Saves an admin's rules (the check history is kept). */
  public void save(AlertSettings s, ZoneId zone, String changedBy, Instant at) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      String update = "UPDATE alert_settings SET channel_id = ?, hours_from = ?, hours_to = ?, days = ?, zone = ?,"
          + " silence_on = ?, silence_hours = ?, drop_on = ?, drop_percent = ?, drop_min_clicks = ?, ad_on = ?,"
          + " ad_min_daily = ?, ad_hours = ?, destinations = ?, changed_by = ?, changed_at = ?"
          + " WHERE enterprise_id = ? AND team_id = ?";
      try (PreparedStatement ps = c.prepareStatement(update)) {
        int i = bindRules(ps, 1, s, zone);
        ps.setString(i, changedBy);
        ps.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.setString(i + 2, s.workspace().enterpriseId());
        ps.setString(i + 3, s.workspace().teamId());
        if (ps.executeUpdate() == 1) {
          return;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_settings (" + COLUMNS
          + ", changed_by, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        ps.setString(1, s.workspace().enterpriseId());
        ps.setString(2, s.workspace().teamId());
        int i = bindRules(ps, 3, s, zone);
        ps.setString(i, changedBy);
        ps.setObject(i + 1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
        ps.executeUpdate();
      }
    } catch (SQLException e) {
      throw new StoreException("saving the alert rules of " + s.workspace(), e);
    }
  }

  private static int bindRules(PreparedStatement ps, int i, AlertSettings s, ZoneId zone) throws SQLException {
    ps.setString(i, s.channelId());
    ps.setString(i + 1, s.from().toString().substring(0, 5));
    ps.setString(i + 2, s.to().toString().substring(0, 5));
    ps.setString(i + 3, daysText(s.days()));
    ps.setString(i + 4, zone.getId());
    ps.setBoolean(i + 5, s.silence().on());
    ps.setInt(i + 6, s.silence().hours());
    ps.setBoolean(i + 7, s.drop().on());
    ps.setInt(i + 8, s.drop().percent());
    ps.setInt(i + 9, s.drop().minClicks());
    ps.setBoolean(i + 10, s.adStopped().on());
    ps.setInt(i + 11, s.adStopped().minDaily());
    ps.setInt(i + 12, s.adStopped().hours());
    ps.setString(i + 13, s.destinations().name());
    return i + 14;
  }

  public Optional<AlertSettings> find(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT " + COLUMNS + " FROM alert_settings WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading the alert rules of " + key, e);
    }
  }

  /** Every workspace's rules (the scheduler's start-up sync). */
  public List<AlertSettings> findAll() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM alert_settings");
        ResultSet rs = ps.executeQuery()) {
      List<AlertSettings> out = new ArrayList<>();
      while (rs.next()) {
        out.add(read(rs));
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading every workspace's alert rules", e);
    }
  }

  public void delete(WorkspaceKey key) {
    for (String table : List.of("alert_settings", "alert_state")) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement(
              "DELETE FROM " + table + " WHERE enterprise_id = ? AND team_id = ?")) {
        ps.setString(1, key.enterpriseId());
        ps.setString(2, key.teamId());
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("deleting the alerts of " + key, e);
      }
    }
  }

  /** Records a check's outcome: a success resets the failures in a row, a failure adds one. */
  public void recordCheck(WorkspaceKey key, CheckOutcome outcome, Instant at) {
    String failed = outcome == CheckOutcome.OK ? "0" : "failed_checks + 1";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("UPDATE alert_settings SET last_check_at = ?,"
            + " last_check_outcome = ?, failed_checks = " + failed + " WHERE enterprise_id = ? AND team_id = ?")) {
      c.setAutoCommit(true);
      ps.setObject(1, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
      ps.setString(2, outcome.name());
      ps.setString(3, key.enterpriseId());
      ps.setString(4, key.teamId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("recording an alert check of " + key, e);
    }
  }

  public Optional<LastCheck> lastCheck(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT last_check_at, last_check_outcome, failed_checks"
            + " FROM alert_settings WHERE enterprise_id = ? AND team_id = ? AND last_check_at IS NOT NULL")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new LastCheck(rs.getObject(1, OffsetDateTime.class).toInstant(),
            CheckOutcome.valueOf(rs.getString(2)), rs.getInt(3)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the last alert check of " + key, e);
    }
  }

  private static AlertSettings read(ResultSet rs) throws SQLException {
    return new AlertSettings(new WorkspaceKey(rs.getString(1), rs.getString(2)), rs.getString(3),
        LocalTime.parse(rs.getString(4)), LocalTime.parse(rs.getString(5)), days(rs.getString(6)),
        new AlertSettings.Silence(rs.getBoolean(8), rs.getInt(9)),
        new AlertSettings.Drop(rs.getBoolean(10), rs.getInt(11), rs.getInt(12)),
        new AlertSettings.AdStopped(rs.getBoolean(13), rs.getInt(14), rs.getInt(15)), destinations(rs.getString(16)));
  }

  /** A stored destinations value; anything unknown is the Slack channel. */
  static Destinations destinations(String text) {
    for (Destinations d : Destinations.values()) {
      if (d.name().equals(text)) {
        return d;
      }
    }
    return Destinations.SLACK;
  }

  static String daysText(Set<DayOfWeek> days) {
    return EnumSet.copyOf(days).stream().map(d -> d.name().substring(0, 3)).collect(Collectors.joining(","));
  }

  static Set<DayOfWeek> days(String text) {
    Set<DayOfWeek> out = EnumSet.noneOf(DayOfWeek.class);
    for (String s : Arrays.asList(text.split(","))) {
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().startsWith(s.trim()) && !s.isBlank()) {
          out.add(d);
        }
      }
    }
    return out;
  }
}
