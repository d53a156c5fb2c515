package app.clicks.digest;

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
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The digest delivery log (table digest_delivery, V4, V16): one row per (workspace, subscription and destination,
 * period's first day), claimed in a committed
 * transaction before anything is posted, so that a second firing or a second instance finds the claim and stops.
 *
 * <p>A claim is a generation (its attempt number): a run writes only while the row still holds its generation. A run
 * moves its claim to {@link State#POSTING} just before it asks Slack to post. A claim still {@link State#CLAIMED}
 * after {@link #STALE_CLAIM} belongs to a run that died before posting (a crash, a dyno restart): another run may
 * take it over, and the dead run, were it only slow, can then no longer post. A {@code POSTING} claim is never taken
 * over: Slack may have posted it.
 */
public final class DeliveryLog {
  /** What the Teams key adds to a subscription's id ({@link #teams}). */
  static final String TEAMS_SUFFIX = "-teams";
  /**
   * How long a claim may stay {@link State#CLAIMED} before it counts as left by a run that died. Well above the
   * longest a live run takes from its claim to posting (the wolkvox fetch with its retries, a few minutes).
   */
  public static final Duration STALE_CLAIM = Duration.ofMinutes(10);

  /** Where a day's delivery stands. */
  public enum State {
    /** Taken by a run that is reading the day's clicks (or died doing so: see {@link #STALE_CLAIM}). */
    CLAIMED,
    /** The run is asking Slack to post it: never taken over (if it dies now, Slack may or may not have posted). */
    POSTING,
    POSTED,
    /** Slack may or may not have posted it: never posted again. */
    UNKNOWN,
    /** Failed for now; a retry (or another firing) may claim it again. */
    RETRYABLE,
    SKIPPED,
    FAILED
  }

  /** A row of the log. */
  public record Delivery(
      State state, int attempts, String claimedBy, Instant claimedAt, String messageTs, String detail) {}

  /**
   * The answer to a claim: whether this run owns the day now, and the row as it is (its attempt number is the
   * claim's generation; when it was claimed).
   */
  public record Claim(boolean claimed, State state, int attempts, Instant claimedAt) {}

  /** Where a digest's chart stands (V10); no state yet means not tried. */
  public enum ChartState {
    /** A run is uploading the file: nothing is shared yet; taken over when stale ({@link #STALE_CLAIM}). */
    UPLOADING,
    /** files.completeUploadExternal was asked: never taken over (Slack may have shared it). */
    SHARING,
    POSTED,
    /** No answer while sharing: never tried again. */
    UNKNOWN,
    /** Failed for now; a retry may claim it again. */
    RETRYABLE,
    FAILED
  }

  /** A digest's chart in the log: its state (null: not tried), generation, file id and detail. */
  public record ChartDelivery(ChartState state, int attempts, Instant updatedAt, String fileId, String detail) {}

  private final DataSource dataSource;

  /** A subscription's Slack delivery in the log's digest column: its id (V16). */
  public static String slack(long subscriptionId) {
    return Long.toString(subscriptionId);
  }

  /** A subscription's Teams delivery in the log's digest column: its id and {@value #TEAMS_SUFFIX} (V16). */
  public static String teams(long subscriptionId) {
    return subscriptionId + TEAMS_SUFFIX;
  }

  /** A subscription's delivery to one destination ({@link Destinations#SLACK} or {@link Destinations#TEAMS}). */
  public static String of(long subscriptionId, Destinations destination) {
    return destination == Destinations.TEAMS ? teams(subscriptionId) : slack(subscriptionId);
  }

  public DeliveryLog(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Claims the day for {@code instance}: a new row, or a RETRYABLE one taken over; committed on return. */
  public Claim claim(WorkspaceKey key, String digest, LocalDate day, String instance, Instant now) {
    OffsetDateTime at = OffsetDateTime.ofInstant(now, ZoneOffset.UTC);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO digest_delivery (enterprise_id, team_id, digest, digest_day, state, claimed_by, claimed_at,"
                  + " updated_at, attempts) VALUES (?, ?, ?, ?, 'CLAIMED', ?, ?, ?, 1)")) {
        bindRow(ps, 1, key, digest, day);
        ps.setString(5, instance);
        ps.setObject(6, at);
        ps.setObject(7, at);
        ps.executeUpdate();
        return new Claim(true, State.CLAIMED, 1, now);
      } catch (SQLException e) {
        if (!isUniqueViolation(e)) {
          throw e;
        }
      }
      Delivery existing = find(c, key, digest, day).orElseThrow(() -> new SQLException("claim row vanished"));
      boolean abandoned = existing.state() == State.CLAIMED && !existing.claimedAt().plus(STALE_CLAIM).isAfter(now);
      if (existing.state() != State.RETRYABLE && !abandoned) {
        return new Claim(false, existing.state(), existing.attempts(), existing.claimedAt());
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "UPDATE digest_delivery SET state = 'CLAIMED', claimed_by = ?, claimed_at = ?, updated_at = ?,"
                  + " attempts = attempts + 1 WHERE enterprise_id = ? AND team_id = ? AND digest = ? AND digest_day = ?"
                  + " AND state = ? AND attempts = ?")) {
        ps.setString(1, instance);
        ps.setObject(2, at);
        ps.setObject(3, at);
        bindRow(ps, 4, key, digest, day);
        ps.setString(8, existing.state().name());
        ps.setInt(9, existing.attempts());
        if (ps.executeUpdate() == 1) {
          return new Claim(true, State.CLAIMED, existing.attempts() + 1, now);
        }
      }
      Delivery now2 = find(c, key, digest, day).orElseThrow(() -> new SQLException("claim row vanished"));
      return new Claim(false, now2.state(), now2.attempts(), now2.claimedAt());
    } catch (SQLException e) {
      throw new StoreException("claiming the " + digest + " digest of " + key + " for " + day, e);
    }
  }

  /**
   * Moves the claim of generation {@code attempt} to {@link State#POSTING}, just before Slack is asked to post.
   *
   * @return false when another run took the claim over meanwhile: this one must not post
   */
  public boolean startPosting(WorkspaceKey key, String digest, LocalDate day, int attempt, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE digest_delivery SET state = 'POSTING', updated_at = ? WHERE enterprise_id = ? AND team_id = ?"
                    + " AND digest = ? AND digest_day = ? AND state = 'CLAIMED' AND attempts = ?")) {
      c.setAutoCommit(true);
      ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      bindRow(ps, 2, key, digest, day);
      ps.setInt(6, attempt);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("starting to post the " + digest + " digest of " + key + " for " + day, e);
    }
  }

  /**
   * Records where the claim of generation {@code attempt} ended.
   *
   * @return false when another run had taken the claim over (nothing is written)
   */
  public boolean mark(WorkspaceKey key, String digest, LocalDate day, int attempt, State state, String messageTs,
      String detail, Instant now) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "UPDATE digest_delivery SET state = ?, message_ts = ?, detail = ?, updated_at = ?"
                    + " WHERE enterprise_id = ? AND team_id = ? AND digest = ? AND digest_day = ? AND attempts = ?")) {
      c.setAutoCommit(true);
      ps.setString(1, state.name());
      ps.setString(2, messageTs);
      ps.setString(3, SubscriptionStore.clip(detail));
      ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      bindRow(ps, 5, key, digest, day);
      ps.setInt(9, attempt);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("marking the " + digest + " digest of " + key + " for " + day + " " + state, e);
    }
  }

  /**
   * Claims the chart of a POSTED digest: when no run tried it yet, a run left it RETRYABLE, or a run died while
   * uploading it (UPLOADING for {@link #STALE_CLAIM}). Committed on return.
   *
   * @return the claim's generation, or empty when the chart is not this run's to send
   */
  public Optional<Integer> claimChart(WorkspaceKey key, String digest, LocalDate day, Instant now) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      Optional<Delivery> row = find(c, key, digest, day);
      Optional<ChartDelivery> chart = findChart(c, key, digest, day);
      if (row.isEmpty() || row.get().state() != State.POSTED || row.get().messageTs() == null || chart.isEmpty()) {
        return Optional.empty();
      }
      ChartDelivery ch = chart.get();
      boolean stale = ch.state() == ChartState.UPLOADING && !ch.updatedAt().plus(STALE_CLAIM).isAfter(now);
      if (ch.state() != null && ch.state() != ChartState.RETRYABLE && !stale) {
        return Optional.empty();
      }
      try (PreparedStatement ps = c.prepareStatement(
          "UPDATE digest_delivery SET chart_state = 'UPLOADING', chart_attempts = chart_attempts + 1,"
              + " chart_updated_at = ? WHERE enterprise_id = ? AND team_id = ? AND digest = ? AND digest_day = ?"
              + " AND state = 'POSTED' AND chart_attempts = ?")) {
        ps.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
        bindRow(ps, 2, key, digest, day);
        ps.setInt(6, ch.attempts());
        return ps.executeUpdate() == 1 ? Optional.of(ch.attempts() + 1) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new StoreException("claiming the chart of the " + digest + " digest of " + key + " for " + day, e);
    }
  }

  /**
   * Moves the chart claim of generation {@code attempt} from UPLOADING to SHARING, just before Slack is asked to share
   * the file.
   *
   * @return false when another run took the chart over: this one must not share it
   */
  public boolean startSharingChart(WorkspaceKey key, String digest, LocalDate day, int attempt, Instant now) {
    return updateChart(key, digest, day, attempt, "SHARING", null, null, now, " AND chart_state = 'UPLOADING'");
  }

  /** Records where the chart claim of generation {@code attempt} ended; false when another run holds it. */
  public boolean markChart(WorkspaceKey key, String digest, LocalDate day, int attempt, ChartState state,
      String fileId, String detail, Instant now) {
    return updateChart(key, digest, day, attempt, state.name(), fileId, SubscriptionStore.clip(detail), now, "");
  }

  private boolean updateChart(WorkspaceKey key, String digest, LocalDate day, int attempt, String state,
      String fileId, String detail, Instant now, String andWhere) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(
            "UPDATE digest_delivery SET chart_state = ?, chart_file_id = COALESCE(?, chart_file_id),"
                + " chart_detail = ?, chart_updated_at = ? WHERE enterprise_id = ? AND team_id = ? AND digest = ?"
                + " AND digest_day = ? AND chart_attempts = ?" + andWhere)) {
      c.setAutoCommit(true);
      ps.setString(1, state);
      ps.setString(2, fileId);
      ps.setString(3, detail);
      ps.setObject(4, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
      bindRow(ps, 5, key, digest, day);
      ps.setInt(9, attempt);
      return ps.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new StoreException("marking the chart of the " + digest + " digest of " + key + " for " + day, e);
    }
  }

  /** The chart's part of a day's row, if the row exists. */
  public Optional<ChartDelivery> findChart(WorkspaceKey key, String digest, LocalDate day) {
    try (Connection c = dataSource.getConnection()) {
      return findChart(c, key, digest, day);
    } catch (SQLException e) {
      throw new StoreException("reading the chart log of the " + digest + " digest of " + key + " for " + day, e);
    }
  }

  private static Optional<ChartDelivery> findChart(Connection c, WorkspaceKey key, String digest, LocalDate day)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(
        "SELECT chart_state, chart_attempts, chart_updated_at, chart_file_id, chart_detail FROM digest_delivery"
            + " WHERE enterprise_id = ? AND team_id = ? AND digest = ? AND digest_day = ?")) {
      bindRow(ps, 1, key, digest, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        String state = rs.getString(1);
        OffsetDateTime at = rs.getObject(3, OffsetDateTime.class);
        return Optional.of(new ChartDelivery(state == null ? null : ChartState.valueOf(state), rs.getInt(2),
            at == null ? null : at.toInstant(), rs.getString(4), rs.getString(5)));
      }
    }
  }

  public Optional<Delivery> find(WorkspaceKey key, String digest, LocalDate day) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, key, digest, day);
    } catch (SQLException e) {
      throw new StoreException("reading the " + digest + " digest log of " + key + " for " + day, e);
    }
  }

  private static Optional<Delivery> find(Connection c, WorkspaceKey key, String digest, LocalDate day)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT state, attempts, claimed_by, claimed_at, message_ts, detail FROM digest_delivery"
                + " WHERE enterprise_id = ? AND team_id = ? AND digest = ? AND digest_day = ?")) {
      bindRow(ps, 1, key, digest, day);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new Delivery(State.valueOf(rs.getString(1)), rs.getInt(2), rs.getString(3),
                rs.getObject(4, OffsetDateTime.class).toInstant(), rs.getString(5), rs.getString(6)));
      }
    }
  }

  /** Binds a row's key (workspace, digest, day) to the four parameters from {@code first} on. */
  private static void bindRow(PreparedStatement ps, int first, WorkspaceKey key, String digest, LocalDate day)
      throws SQLException {
    ps.setString(first, key.enterpriseId());
    ps.setString(first + 1, key.teamId());
    ps.setString(first + 2, digest);
    ps.setObject(first + 3, day);
  }

  private static boolean isUniqueViolation(SQLException e) {
    return "23505".equals(e.getSQLState());
  }
}
