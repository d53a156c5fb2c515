package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Writes a fetch's records into the open transaction of a day replacement, in JDBC batches; each request's batch
 * sits behind a savepoint so that a discarded answer leaves nothing behind.
 */
final class ReplacingReceiver implements WindowReceiver, AutoCloseable {
  private static final int JDBC_BATCH = 1000;
  private static final String INSERT = "INSERT INTO click_record (server_id, local_day, ts, local_hour, source_id,"
      + " source_url, source_type, media_type, media_url, chat_id, rp_id, agent_id, cod_act, raw_date)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final String serverId;
  private final ZoneId zone;
  private final LocalDate first;
  private final LocalDate last;
  private final PreparedStatement insert;
  private long kept;
  private long undated;

  ReplacingReceiver(Connection connection, String serverId, ZoneId zone, LocalDate first, LocalDate last)
      throws SQLException {
    this.connection = connection;
    this.serverId = serverId;
    this.zone = zone;
    this.first = first;
    this.last = last;
    this.insert = connection.prepareStatement(INSERT);
  }

  @Override
  public synchronized Batch open(Window window) {
    try {
      return new SavepointBatch(connection.setSavepoint(), clamp(window.from().toLocalDate()));
    } catch (SQLException e) {
      throw new StoreException("Cannot start storing the records of " + window + " for server " + serverId, e);
    }
  }

  /** Records committed so far. */
  synchronized long kept() {
    return kept;
  }

  /** Committed records whose date could not be read (filed under their window's first day). */
  synchronized long undated() {
    return undated;
  }

  private LocalDate clamp(LocalDate d) {
    return d.isBefore(first) ? first : d.isAfter(last) ? last : d;
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }

  /** One request's records, behind a savepoint. */
  private final class SavepointBatch implements Batch {
    private final Savepoint savepoint;
    private final LocalDate undatedDay;
    private int pending;
    private long count;
    private long undatedCount;

    SavepointBatch(Savepoint savepoint, LocalDate undatedDay) {
      this.savepoint = savepoint;
      this.undatedDay = undatedDay;
    }

    @Override
    public void accept(ClickRecord r) {
      synchronized (ReplacingReceiver.this) {
        try {
          bind(r);
          insert.addBatch();
          count++;
          if (++pending >= JDBC_BATCH) {
            insert.executeBatch();
            pending = 0;
          }
        } catch (SQLException e) {
          throw new StoreException("Cannot store a click record of server " + serverId, e);
        }
      }
    }

    private void bind(ClickRecord r) throws SQLException {
      LocalDate day;
      long ts;
      insert.setString(1, serverId);
      if (r.date() == null) {
        undatedCount++;
        day = undatedDay;
        ts = day.atStartOfDay(zone).toInstant().toEpochMilli();
        insert.setNull(4, Types.SMALLINT);
      } else {
        ZonedDateTime local = r.date().atZone(zone);
        day = clamp(local.toLocalDate());
        ts = r.date().toEpochMilli();
        insert.setShort(4, (short) local.getHour());
      }
      insert.setDate(2, Date.valueOf(day));
      insert.setLong(3, ts);
      insert.setString(5, r.sourceId());
      insert.setString(6, r.sourceUrl());
      insert.setString(7, r.sourceType());
      insert.setString(8, r.mediaType());
      insert.setString(9, r.mediaUrl());
      insert.setString(10, r.chatId());
      insert.setString(11, r.rpId());
      insert.setString(12, r.agentId());
      insert.setString(13, r.codAct());
      insert.setString(14, r.rawDate());
    }

    @Override
    public void commit() {
      synchronized (ReplacingReceiver.this) {
        try {
          if (pending > 0) {
            insert.executeBatch();
            pending = 0;
          }
          connection.releaseSavepoint(savepoint);
          kept += count;
          undated += undatedCount;
        } catch (SQLException e) {
          throw new StoreException("Cannot store the click records of server " + serverId, e);
        }
      }
    }

    @Override
    public void discard() {
      synchronized (ReplacingReceiver.this) {
        try {
          insert.clearBatch();
          pending = 0;
          connection.rollback(savepoint);
        } catch (SQLException e) {
          throw new StoreException("Cannot discard the click records of server " + serverId, e);
        }
      }
    }
  }
}
