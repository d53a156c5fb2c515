package app.clicks.store;

import app.clicks.wolkvox.RequestGate;
import app.clicks.wolkvox.Sleeper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The in-flight limit per wolkvox server shared by every process on the database: a request holds one of
 * {@code limit} leased slot rows, taken with a conditional UPDATE, freed on close, and taken over when its lease
 * ran out (a process that died while holding it).
 */
public final class DbRequestGate implements RequestGate {
  /** Longer than any wolkvox request (60 s) with its read timeout. */
  public static final Duration LEASE = Duration.ofMinutes(3);
  private static final long MAX_BACKOFF_MS = 500;

  private final DataSource dataSource;
  private final int limit;
  private final Clock clock;
  private final String process = UUID.randomUUID().toString();
  /** How a waiting acquire lets time pass between two tries. */
  private final Sleeper sleeper;

  public DbRequestGate(DataSource dataSource, int limit, Clock clock) {
    this(dataSource, limit, clock, Sleeper.SYSTEM);
  }

  DbRequestGate(DataSource dataSource, int limit, Clock clock, Sleeper sleeper) {
    if (limit < 1 || limit > 2) {
      throw new IllegalArgumentException("wolkvox allows 1 or 2 requests in flight per token, not " + limit);
    }
    this.dataSource = dataSource;
    this.limit = limit;
    this.clock = clock;
    this.sleeper = sleeper;
  }

  @Override
  public Permit acquire(String serverId) throws InterruptedException {
    long backoff = 20;
    while (true) {
      Optional<Permit> permit = tryAcquire(serverId);
      if (permit.isPresent()) {
        return permit.get();
      }
      sleeper.sleep(Duration.ofMillis(backoff));
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }

  /** Takes a free (or expired) slot of {@code serverId} at once, or answers empty when all are held. */
  public Optional<Permit> tryAcquire(String serverId) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      ensureSlots(c, serverId);
      long now = clock.millis();
      String holder = process + ":" + UUID.randomUUID().toString().substring(0, 8);
      try (PreparedStatement ps = c.prepareStatement("UPDATE wolkvox_gate_slot SET holder = ?, lease_until = ?"
          + " WHERE server_id = ? AND slot = ? AND (holder IS NULL OR lease_until < ?)")) {
        for (int slot = 0; slot < limit; slot++) {
          ps.setString(1, holder);
          ps.setLong(2, now + LEASE.toMillis());
          ps.setString(3, serverId);
          ps.setInt(4, slot);
          ps.setLong(5, now);
          if (ps.executeUpdate() == 1) {
            return Optional.of(new SlotPermit(serverId, slot, holder));
          }
        }
      }
      return Optional.empty();
    } catch (SQLException e) {
      throw new StoreException("Cannot take a wolkvox request slot for server " + serverId, e);
    }
  }

  private void ensureSlots(Connection c, String serverId) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO wolkvox_gate_slot (server_id, slot, holder,"
        + " lease_until) VALUES (?, ?, NULL, NULL) ON CONFLICT DO NOTHING")) {
      for (int slot = 0; slot < limit; slot++) {
        ps.setString(1, serverId);
        ps.setInt(2, slot);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** A held slot row; closing frees it if this holder still owns it. */
  private final class SlotPermit implements Permit {
    private final String serverId;
    private final int slot;
    private final String holder;
    private boolean closed;

    SlotPermit(String serverId, int slot, String holder) {
      this.serverId = serverId;
      this.slot = slot;
      this.holder = holder;
    }

    @Override
    public synchronized void close() {
      if (closed) {
        return;
      }
      closed = true;
      try (Connection c = dataSource.getConnection();
          PreparedStatement ps = c.prepareStatement("UPDATE wolkvox_gate_slot SET holder = NULL, lease_until = NULL"
              + " WHERE server_id = ? AND slot = ? AND holder = ?")) {
        ps.setString(1, serverId);
        ps.setInt(2, slot);
        ps.setString(3, holder);
        ps.executeUpdate();
      } catch (SQLException e) {
        throw new StoreException("Cannot free the wolkvox request slot of server " + serverId, e);
      }
    }
  }
}
