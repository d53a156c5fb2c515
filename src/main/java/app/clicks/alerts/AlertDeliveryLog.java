package app.clicks.alerts;

import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The alert delivery log (table alert_delivery, V11): one row per (workspace, rule, ad, day, n-th alert of the day,
 * ALERT or RECOVERY, destination), claimed in a committed transaction before anything is posted, so that a second
 * check or a second instance finds the claim and stops. Each destination has its own row, so Slack and Teams are
 * posted once each and independently. As the digest's: a claim moves to POSTING just before the destination is
 * asked, and a POSTING or UNKNOWN row is never posted again (it may have been posted); a claim still CLAIMED after
 * {@link #STALE_CLAIM} belongs to a check that died before posting, and a RETRYABLE row was not taken (429, 5xx): both
 * may be claimed again.
 */
public final class AlertDeliveryLog {
  /** How long a claim may stay CLAIMED before another check may take it over. */
  public static final Duration STALE_CLAIM = Duration.ofMinutes(5);

  /** Where a row posts: its value in the destination column. */
  public enum Destination {
    /** The rules' Slack channel. */
    SLACK(""),
    /** The workspace's Teams Workflows webhook. */
    TEAMS("teams");

    private final String column;

    Destination(String column) {
      this.column = column;
    }

    public String column() {
      return column;
    }

    static Destination of(String column) {
      return "teams".equals(column) ? TEAMS : SLACK;
    }
  }

  public enum Kind {
    ALERT,
    RECOVERY
  }

  public enum State {
    CLAIMED,
    POSTING,
    POSTED,
    /** The destination may or may not have posted it: never posted again. */
    UNKNOWN,
    /** Not taken (429, 5xx, not reached), nothing posted: a later check may claim it again. */
    RETRYABLE,
    FAILED
  }

  /** A row's key. */
  public record Key(WorkspaceKey workspace, AlertRule rule, String ad, LocalDate day, int seq, Kind kind,
      Destination destination) {
    /** A row of the Slack channel. */
    public Key(WorkspaceKey workspace, AlertRule rule, String ad, LocalDate day, int seq, Kind kind) {
      this(workspace, rule, ad, day, seq, kind, Destination.SLACK);
    }

    /** The same alert's row of {@code kind} for {@code to}. */
    public Key with(Kind kind, Destination to) {
      return new Key(workspace, rule, ad, day, seq, kind, to);
    }
  }

  /** A row of the log. */
  public record Delivery(Key key, State state, int attempts, Instant claimedAt, String channelId, String messageTs,
      String detail) {}

  /** Whether this check owns the row now, and the claim's generation. */
  public record Claim(boolean claimed, State state, int attempts) {}

  private static final String KEY_WHERE = " WHERE enterprise_id = ? AND team_id = ? AND rule = ? AND ad = ?"
      + " AND alert_day = ? AND seq = ? AND kind = ? AND destination = ?";

  private final DataSource dataSource;

  public AlertDeliveryLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Claims the row for {@code instance}: a new row, or a stale CLAIMED or a RETRYABLE one taken over (one check wins
   * it); committed on return.
   */
  public Claim claim(Key key, String channelId, String instance, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps = c.prepareStatement("INSERT INTO alert_delivery (enterprise_id, team_id, rule, ad,"
          + " alert_day, seq, kind, destination, state, claimed_by, claimed_at, updated_at, attempts, channel_id)"
          + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'CLAIMED', ?, ?, ?, 1, ?)")) {
        bind(ps, 1, key);
        ps.setString(9, instance);
        ps.setObject(10, at);
        ps.setObject(11, at);
        ps.setString(12, channelId);
        ps.executeUpdate();
        return new Claim(true, State.CLAIMED, 1);
      } catch (SQLException e) {
        if (!"23505".equals(e.getSQLState())) {
          throw e;
        }
      }
      Delivery existing = find(c, key).orElseThrow(() -> new SQLException("claim row vanished"));
      boolean abandoned = existing.state() == State.CLAIMED && !existing.claimedAt().plus(STALE_CLAIM).isAfter(now);
      if (!abandoned && existing.state() != State.RETRYABLE) {
        return new Claim(false, existing.state(), existing.attempts());
      }
      try (PreparedStatement ps = c.prepareStatement("UPDATE alert_delivery SET state = 'CLAIMED', claimed_by = ?,"
          + " claimed_at = ?, updated_at = ?, attempts = attempts + 1" + KEY_WHERE
          + " AND state = ? AND attempts = ?")) {
        ps.setString(1, instance);
        ps.setObject(2, at);
        ps.setObject(3, at);
        bind(ps, 4, key);
        ps.setString(12, existing.state().name());
        ps.setInt(13, existing.attempts());
        if (ps.executeUpdate() == 1) {
          return new Claim(true, State.CLAIMED, existing.attempts() + 1);
        }
      }
      return new Claim(false, existing.state(), existing.attempts());
    } catch (SQLException e) {
      throw new StoreException("claiming the " + key.kind() + " of " + key.rule() + " for " + key.workspace(), e);
    }
  }

  /** Moves the claim of generation {@code attempt} to POSTING; false when another check took it over. */
  public boolean startPosting(Key key, int attempt, Instant now) {
    return update(key, attempt, "state = 'POSTING', updated_at = ?", " AND state = 'CLAIMED'", null, null, now);
  }

  /** Records where the claim of generation {@code attempt} ended. */
  public boolean mark(Key key, int attempt, State state, String messageTs, String detail, Instant now) {
    return update(key, attempt, "state = ?, message_ts = ?, detail = ?, updated_at = ?", "", state,
        new String[] {messageTs, detail == null || detail.length() <= 200 ? detail : detail.substring(0, 200)}, now);
  }

  private boolean update(Key key, int attempt, String set, String extra, State state, String[] texts, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE alert_delivery SET " + set + KEY_WHERE + extra + " AND attempts = ?")) {
      c.setAutoCommit(true);
      int i = 1;
      if (state != null) {
        ps.setString(i++, state.name());
        ps.setString(i++, texts[0]);
        ps.setString(i++, texts[1]);
      }
      ps.setObject(i++, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      bind(ps, i, key);
      ps.setInt(i + 8, attempt);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("updating the " + key.kind() + " of " + key.rule() + " for " + key.workspace(), e);
    }
  }

  public Optional<Delivery> find(Key key) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, key);
    } catch (SQLException e) {
      throw new StoreException("reading the alert log of " + key.workspace(), e);
    }
  }

  /**
   * How many alerts (not "back to normal") of {@code rule} and {@code ad} were claimed on {@code day}, whatever their
   * destinations: the highest n-th of the day (every destination of one alert has the same n).
   */
  public int alertsOn(WorkspaceKey workspace, AlertRule rule, String ad, LocalDate day) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(seq), 0) FROM alert_delivery"
            + " WHERE enterprise_id = ? AND team_id = ? AND rule = ? AND ad = ? AND alert_day = ?"
            + " AND kind = 'ALERT'")) {
      ps.setString(1, workspace.enterpriseId());
      ps.setString(2, workspace.teamId());
      ps.setString(3, rule.name());
      ps.setString(4, ad);
      ps.setObject(5, day);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    } catch (SQLException e) {
      throw new StoreException("counting the alerts of " + workspace, e);
    }
  }

  /**
   * The rows a later check may post again: RETRYABLE ones of alerts raised on {@code since} or after, oldest first.
   */
  public List<Delivery> retryable(WorkspaceKey workspace, LocalDate since) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM alert_delivery WHERE enterprise_id = ?"
            + " AND team_id = ? AND state = 'RETRYABLE' AND alert_day >= ? ORDER BY claimed_at, seq, kind")) {
      ps.setString(1, workspace.enterpriseId());
      ps.setString(2, workspace.teamId());
      ps.setObject(3, since);
      List<Delivery> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading the alerts to post again of " + workspace, e);
    }
  }

  /** The workspace's latest alert or "back to normal" (for the Home tab); of one, the Slack row. */
  public Optional<Delivery> latest(WorkspaceKey workspace) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM alert_delivery WHERE enterprise_id = ?"
            + " AND team_id = ? ORDER BY alert_day DESC, seq DESC, claimed_at DESC, kind DESC, destination")) {
      ps.setMaxRows(1);
      ps.setString(1, workspace.enterpriseId());
      ps.setString(2, workspace.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("reading the latest alert of " + workspace, e);
    }
  }

  private static final String ROW = "enterprise_id, team_id, rule, ad, alert_day, seq, kind, state, attempts,"
      + " claimed_at, channel_id, message_ts, detail, destination";

  private static Optional<Delivery> find(Connection c, Key key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT " + ROW + " FROM alert_delivery" + KEY_WHERE)) {
      bind(ps, 1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  private static Delivery read(ResultSet rs) throws SQLException {
    Key key = new Key(new WorkspaceKey(rs.getString(1), rs.getString(2)), AlertRule.valueOf(rs.getString(3)),
        rs.getString(4), rs.getDate(5).toLocalDate(), rs.getInt(6), Kind.valueOf(rs.getString(7)),
        Destination.of(rs.getString(14)));
    return new Delivery(key, State.valueOf(rs.getString(8)), rs.getInt(9),
        rs.getObject(10, OffsetDateTime.class).toInstant(), rs.getString(11), rs.getString(12), rs.getString(13));
  }

  /** Binds a row's key to the eight parameters from {@code first} on. */
  private static void bind(PreparedStatement ps, int first, Key key) throws SQLException {
    ps.setString(first, key.workspace().enterpriseId());
    ps.setString(first + 1, key.workspace().teamId());
    ps.setString(first + 2, key.rule().name());
    ps.setString(first + 3, key.ad());
    ps.setObject(first + 4, key.day());
    ps.setInt(first + 5, key.seq());
    ps.setString(first + 6, key.kind().name());
    ps.setString(first + 7, key.destination().column());
  }
}
