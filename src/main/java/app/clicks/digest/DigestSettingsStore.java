package app.clicks.digest;

import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;

/** The workspaces' digest schedules and last-run outcomes, in table digest_schedule (V4, V5). */
public final class DigestSettingsStore {
  private static final String COLUMNS =
      "enterprise_id, team_id, channel_id, local_time, days, zone, empty_policy, enabled";

  private final DataSource dataSource;

  public DigestSettingsStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Inserts or replaces the schedule, keeping its last-run result. */
  public void save(DigestSchedule s, Instant changedAt) {
    try (Connection c = dataSource.getConnection()) {
      if (update(c, s, changedAt) == 0) {
        try {
          insert(c, s, changedAt);
        } catch (SQLException raced) {
          if (update(c, s, changedAt) == 0) {
            throw raced;
          }
        }
      }
    } catch (SQLException e) {
      throw new StoreException("saving the digest schedule of " + s.workspace(), e);
    }
  }

  private static int update(Connection c, DigestSchedule s, Instant changedAt) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "UPDATE digest_schedule SET channel_id = ?, local_time = ?, days = ?, zone = ?, empty_policy = ?,"
                + " enabled = ?, changed_at = ? WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, s.channelId());
      ps.setString(2, s.time().toString());
      ps.setString(3, s.daysText());
      ps.setString(4, s.zone().getId());
      ps.setString(5, s.emptyPolicy().name());
      ps.setBoolean(6, s.enabled());
      ps.setObject(7, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC));
      ps.setString(8, s.workspace().enterpriseId());
      ps.setString(9, s.workspace().teamId());
      return ps.executeUpdate();
    }
  }

  private static void insert(Connection c, DigestSchedule s, Instant changedAt) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO digest_schedule (" + COLUMNS + ", changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setString(1, s.workspace().enterpriseId());
      ps.setString(2, s.workspace().teamId());
      ps.setString(3, s.channelId());
      ps.setString(4, s.time().toString());
      ps.setString(5, s.daysText());
      ps.setString(6, s.zone().getId());
      ps.setString(7, s.emptyPolicy().name());
      ps.setBoolean(8, s.enabled());
      ps.setObject(9, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC));
      ps.executeUpdate();
    }
  }

  public Optional<DigestSchedule> find(WorkspaceKey key) {
    List<DigestSchedule> found =
        query("SELECT " + COLUMNS + " FROM digest_schedule WHERE enterprise_id = ? AND team_id = ?", key);
    return found.stream().findFirst();
  }

  /** Every stored schedule, on or off. */
  public List<DigestSchedule> findAll() {
    return query("SELECT " + COLUMNS + " FROM digest_schedule ORDER BY enterprise_id, team_id", null);
  }

  /** Turns the digest off (the channel is gone, the app was uninstalled); false when there was none. */
  public boolean disable(WorkspaceKey key, Instant at) {
    return execute("UPDATE digest_schedule SET enabled = FALSE, changed_at = ? WHERE enterprise_id = ? AND team_id = ?",
        key, OffsetDateTime.ofInstant(at, ZoneOffset.UTC)) > 0;
  }

  public void delete(WorkspaceKey key) {
    execute("DELETE FROM digest_schedule WHERE enterprise_id = ? AND team_id = ?", key, null);
  }

  /** Stores the result of the workspace's last scheduled run. */
  public void recordLastRun(WorkspaceKey key, LastRun run) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE digest_schedule SET last_run_at = ?, last_run_day = ?, last_run_outcome = ?,"
                    + " last_run_detail = ? WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setObject(1, OffsetDateTime.ofInstant(run.at(), ZoneOffset.UTC));
      ps.setObject(2, run.day());
      ps.setString(3, run.outcome().name());
      ps.setString(4, clip(run.detail()));
      ps.setString(5, key.enterpriseId());
      ps.setString(6, key.teamId());
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("recording the last digest run of " + key, e);
    }
  }

  public Optional<LastRun> lastRun(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "SELECT last_run_at, last_run_day, last_run_outcome, last_run_detail"
                    + " FROM digest_schedule WHERE enterprise_id = ? AND team_id = ? AND last_run_at IS NOT NULL")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new LastRun(
                rs.getObject(1, OffsetDateTime.class).toInstant(),
                rs.getObject(2, LocalDate.class),
                DigestOutcome.valueOf(rs.getString(3)),
                rs.getString(4)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the last digest run of " + key, e);
    }
  }

  static String clip(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 199) + "…";
  }

  private int execute(String sql, WorkspaceKey key, Object first) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (first != null) {
        ps.setObject(i++, first);
      }
      ps.setString(i++, key.enterpriseId());
      ps.setString(i, key.teamId());
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("changing the digest schedule of " + key, e);
    }
  }

  private List<DigestSchedule> query(String sql, WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      if (key != null) {
        ps.setString(1, key.enterpriseId());
        ps.setString(2, key.teamId());
      }
      List<DigestSchedule> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading digest schedules", e);
    }
  }

  private static DigestSchedule read(ResultSet rs) throws SQLException {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String d : rs.getString(5).split(",")) {
      for (DayOfWeek w : DayOfWeek.values()) {
        if (w.name().startsWith(d.trim())) {
          days.add(w);
        }
      }
    }
    return new DigestSchedule(
        new WorkspaceKey(rs.getString(1), rs.getString(2)),
        rs.getString(3),
        LocalTime.parse(rs.getString(4)),
        days,
        ZoneId.of(rs.getString(6)),
        EmptyPolicy.valueOf(rs.getString(7)),
        rs.getBoolean(8));
  }
}
