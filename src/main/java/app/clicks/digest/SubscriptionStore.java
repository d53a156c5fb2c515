package app.clicks.digest;

import app.clicks.report.Slice;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/** The workspaces' digest subscriptions and their last scheduled runs, in table digest_subscription (V16). */
public final class SubscriptionStore {
  private static final String COLUMNS = "id, enterprise_id, team_id, channel_id, cadence, local_time, days,"
      + " day_of_month, zone, slice_kind, slice_key, empty_policy, destinations, enabled";

  private final DataSource dataSource;

  public SubscriptionStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Inserts a new subscription (its id is ignored) when the workspace has fewer than {@code max}, in one
   * transaction; empty when it has {@code max} already.
   */
  public Optional<Subscription> insert(Subscription s, Instant changedAt, int max) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        lockWorkspace(c, s.workspace());
        if (count(c, s.workspace()) >= max) {
          c.rollback();
          return Optional.empty();
        }
        long id;
        try (PreparedStatement ps = c.prepareStatement(
            "INSERT INTO digest_subscription (enterprise_id, team_id, channel_id, cadence, local_time, days,"
                + " day_of_month, zone, slice_kind, slice_key, empty_policy, destinations, enabled, changed_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
          ps.setString(1, s.workspace().enterpriseId());
          ps.setString(2, s.workspace().teamId());
          bindSettings(ps, 3, s, changedAt);
          ps.executeUpdate();
          try (ResultSet keys = ps.getGeneratedKeys()) {
            keys.next();
            id = keys.getLong(1);
          }
        }
        c.commit();
        return Optional.of(s.withId(id));
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new StoreException("adding a digest subscription of " + s.workspace(), e);
    }
  }

  /** Serialises additions of one workspace (for the limit): a row lock where the database has one to take. */
  private static void lockWorkspace(Connection c, WorkspaceKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT id FROM digest_subscription WHERE enterprise_id = ? AND team_id = ? FOR UPDATE")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      ps.executeQuery().close();
    }
  }

  private static int count(Connection c, WorkspaceKey key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT COUNT(*) FROM digest_subscription WHERE enterprise_id = ? AND team_id = ?")) {
      ps.setString(1, key.enterpriseId());
      ps.setString(2, key.teamId());
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  /** Replaces a saved subscription's settings (of the same workspace), keeping its last run; false when none. */
  public boolean update(Subscription s, Instant changedAt) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE digest_subscription SET channel_id = ?, cadence = ?, local_time = ?, days = ?, day_of_month = ?,"
                + " zone = ?, slice_kind = ?, slice_key = ?, empty_policy = ?, destinations = ?, enabled = ?,"
                + " changed_at = ? WHERE id = ? AND enterprise_id = ? AND team_id = ?")) {
      bindSettings(ps, 1, s, changedAt);
      ps.setLong(13, s.id());
      ps.setString(14, s.workspace().enterpriseId());
      ps.setString(15, s.workspace().teamId());
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("saving digest subscription " + s.id() + " of " + s.workspace(), e);
    }
  }

  private static void bindSettings(PreparedStatement ps, int first, Subscription s, Instant changedAt)
      throws SQLException {
    ps.setString(first, s.channelId());
    ps.setString(first + 1, s.cadence().name());
    ps.setString(first + 2, s.time().toString());
    ps.setString(first + 3, s.daysText());
    ps.setInt(first + 4, s.dayOfMonth());
    ps.setString(first + 5, s.zone().getId());
    ps.setString(first + 6, s.slice().kind().name());
    ps.setString(first + 7, s.slice().key());
    ps.setString(first + 8, s.emptyPolicy().name());
    ps.setString(first + 9, s.destinations().name());
    ps.setBoolean(first + 10, s.enabled());
    ps.setObject(first + 11, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC));
  }

  /** The subscription {@code id}, whichever workspace it belongs to. */
  public Optional<Subscription> find(long id) {
    return query("SELECT " + COLUMNS + " FROM digest_subscription WHERE id = ?", ps -> ps.setLong(1, id))
        .stream().findFirst();
  }

  /** The subscription {@code id} when it belongs to the workspace. */
  public Optional<Subscription> find(WorkspaceKey key, long id) {
    return find(id).filter(s -> s.workspace().equals(key));
  }

  /** The workspace's subscriptions in the order they were added. */
  public List<Subscription> list(WorkspaceKey key) {
    return query("SELECT " + COLUMNS + " FROM digest_subscription WHERE enterprise_id = ? AND team_id = ? ORDER BY id",
        ps -> {
          ps.setString(1, key.enterpriseId());
          ps.setString(2, key.teamId());
        });
  }

  /** Every stored subscription, on or off. */
  public List<Subscription> findAll() {
    return query("SELECT " + COLUMNS + " FROM digest_subscription ORDER BY id", ps -> {});
  }

  /** Turns a subscription on or off; false when the workspace has no such subscription. */
  public boolean setEnabled(WorkspaceKey key, long id, boolean on, Instant at) {
    return execute("UPDATE digest_subscription SET enabled = ?, changed_at = ? WHERE id = ? AND enterprise_id = ?"
        + " AND team_id = ?", ps -> {
          ps.setBoolean(1, on);
          ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
          ps.setLong(3, id);
          ps.setString(4, key.enterpriseId());
          ps.setString(5, key.teamId());
        }) == 1;
  }

  /** Deletes a subscription; false when the workspace has no such subscription. */
  public boolean delete(WorkspaceKey key, long id) {
    return execute("DELETE FROM digest_subscription WHERE id = ? AND enterprise_id = ? AND team_id = ?", ps -> {
      ps.setLong(1, id);
      ps.setString(2, key.enterpriseId());
      ps.setString(3, key.teamId());
    }) == 1;
  }

  /** Records the result of a subscription's last scheduled run. */
  public void recordLastRun(long id, LastRun run) {
    execute("UPDATE digest_subscription SET last_run_at = ?, last_run_day = ?, last_run_outcome = ?,"
        + " last_run_detail = ? WHERE id = ?", ps -> {
          ps.setObject(1, OffsetDateTime.ofInstant(run.at(), ZoneOffset.UTC));
          ps.setObject(2, run.day());
          ps.setString(3, run.outcome().name());
          ps.setString(4, clip(run.detail()));
          ps.setLong(5, id);
        });
  }

  /** The result of a subscription's last scheduled run, if it ran. */
  public Optional<LastRun> lastRun(long id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "SELECT last_run_at, last_run_day, last_run_outcome, last_run_detail FROM digest_subscription"
                + " WHERE id = ? AND last_run_at IS NOT NULL")) {
      ps.setLong(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new LastRun(rs.getObject(1, OffsetDateTime.class).toInstant(),
            rs.getObject(2, LocalDate.class), DigestOutcome.valueOf(rs.getString(3)), rs.getString(4)));
      }
    } catch (SQLException e) {
      throw new StoreException("reading the last run of digest subscription " + id, e);
    }
  }

  static String clip(String s) {
    return s == null || s.length() <= 200 ? s : s.substring(0, 199) + "…";
  }

  private interface Binder {
    void bind(PreparedStatement ps) throws SQLException;
  }

  private int execute(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      return ps.executeUpdate();
    } catch (SQLException e) {
      throw new StoreException("changing digest subscriptions", e);
    }
  }

  private List<Subscription> query(String sql, Binder binder) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      binder.bind(ps);
      List<Subscription> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(read(rs));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new StoreException("reading digest subscriptions", e);
    }
  }

  private static Subscription read(ResultSet rs) throws SQLException {
    return new Subscription(
        rs.getLong(1),
        new WorkspaceKey(rs.getString(2), rs.getString(3)),
        rs.getString(4),
        Cadence.valueOf(rs.getString(5)),
        LocalTime.parse(rs.getString(6)),
        Subscription.parseDays(rs.getString(7)),
        rs.getInt(8),
        ZoneId.of(rs.getString(9)),
        new Slice(Slice.Kind.valueOf(rs.getString(10)), rs.getString(11)),
        EmptyPolicy.valueOf(rs.getString(12)),
        Destinations.valueOf(rs.getString(13)),
        rs.getBoolean(14));
  }
}
