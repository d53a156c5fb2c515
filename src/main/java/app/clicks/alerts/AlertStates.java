package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Where each rule (and each ad of the ad rule) of a workspace stands (table alert_state, V11). A change is a
 * compare-and-set on the row's version, so that of two checks that saw the same state only one moves it on.
 */
public final class AlertStates {
  public enum Status {
    QUIET,
    /** Silence seen by one check: the next check must agree before it is raised. */
    SUSPECT,
    FIRING
  }

  /**
   * A rule's state. {@code version} 0: no row yet. {@code alertDay}/{@code alertSeq} key the episode's alert in the
   * delivery log (seq 0: none was sent, e.g. past the 3 a day).
   */
  public record State(AlertRule rule, String ad, Status status, Instant since, LocalDate alertDay, int alertSeq,
      int version) {
    static State quiet(AlertRule rule, String ad) {
      return new State(rule, ad, Status.QUIET, null, null, 0, 0);
    }

    State to(Status next, Instant at, LocalDate day, int seq) {
      return new State(rule, ad, next, at, day, seq, version + 1);
    }
  }

  private final DataSource dataSource;

  public AlertStates(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  public List<State> all(WorkspaceKey key) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT rule, ad, status, since, alert_day, alert_seq, version"
            + " FROM alert_state WHERE enterprise_id = ? AND team_id = ? ORDER BY rule, ad")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      List<State> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          OffsetDateTime since = rs.getObject(4, OffsetDateTime.class);
          java.sql.Date day = rs.getDate(5);
          out.add(new State(AlertRule.valueOf(rs.getString(1)), rs.getString(2), Status.valueOf(rs.getString(3)),
              since == null ? null : since.toInstant(), day == null ? null : day.toLocalDate(), rs.getInt(6),
              rs.getInt(7)));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the alert states of " + key, e);
    }
  }

  /**
   * Moves {@code from} to {@code to} if the row still holds {@code from}'s version (a missing row for version 0).
   *
   * @return false when another check moved it first
   */
  public boolean move(WorkspaceKey key, State from, State to, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      if (from.version() == 0) {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_state (enterprise_id, team_id, rule, ad,"
            + " status, since, alert_day, alert_seq, version, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
          ps.setString(1, key.enterpriseId());
          ps.setString(2, key.teamId());
          ps.setString(3, to.rule().name());
          ps.setString(4, to.ad());
          bindState(ps, 5, to);
          ps.setObject(9, at);
          ps.executeUpdate();
          return true;
        } catch (SQLException e) {
          if ("23505".equals(e.getSQLState())) {
            return false;
          }
          throw e;
        }
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE alert_state SET status = ?, since = ?, alert_day = ?,"
          + " alert_seq = ?, version = version + 1, updated_at = ? WHERE enterprise_id = ? AND team_id = ? AND rule = ?"
          + " AND ad = ? AND version = ?")) {
        bindState(ps, 1, to);
        ps.setObject(5, at);
        ps.setString(6, key.enterpriseId());
        ps.setString(7, key.teamId());
        ps.setString(8, from.rule().name());
        ps.setString(9, from.ad());
        ps.setInt(10, from.version());
        return ps.executeUpdate() == 1;
      }
    } catch (SQLException e) {
      throw new StoreException("moving the " + from.rule() + " alert state of " + key, e);
    }
  }

  private static void bindState(PreparedStatement ps, int i, State s) throws SQLException {
    ps.setString(i, s.status().name());
    if (s.since() == null) {
      ps.setNull(i + 1, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
    } else {
      ps.setObject(i + 1, OffsetDateTime.ofInstant(s.since(), ZoneOffset.UTC));
    }
    if (s.alertDay() == null) {
      ps.setNull(i + 2, java.sql.Types.DATE);
    } else {
      ps.setObject(i + 2, s.alertDay());
    }
    ps.setInt(i + 3, s.alertSeq());
  }
}
