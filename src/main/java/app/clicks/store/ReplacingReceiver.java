package app.clicks.store;

import app.clicks.report.ClickRecord;
import app.clicks.report.ClickTally;
import app.clicks.report.Totals;
import app.clicks.report.Hash64;
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
import java.util.HashMap;
import java.util.Map;

/**
 * Writes a fetch's records into the open transaction of a day replacement, in JDBC batches; each request's batch
 * sits behind a savepoint so that a discarded answer leaves nothing behind.
 */
final class ReplacingReceiver implements WindowReceiver, AutoCloseable {
  private static final int JDBC_BATCH = 1000;
  private static final String INSERT = "INSERT INTO click_record (server_id, local_day, ts, local_hour, source_id,"
      + " source_url, source_type, media_type, media_url, chat_id, rp_id, agent_id, cod_act, raw_date, chat_hash)"
      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final String serverId;
  private final ZoneId zone;
  private final LocalDate first;
  private final LocalDate last;
  private final PreparedStatement insert;
  private final Map<LocalDate, DayBuilder> days = new HashMap<>();
  private long kept;
  private long undated;

  /** One day's aggregates and its distinct chat hashes, sorted. */
  record Day(Totals totals, long[] chats) {}

  /** What the committed batches brought to one day. */
  private final class DayBuilder {
    final ClickTally tally = new ClickTally(zone);
    final LongList chats = new LongList();

    void merge(DayBuilder other) {
      tally.merge(other.tally);
      chats.addAll(other.chats);
    }
  }

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

  /** The aggregates of every day that received committed records. */
  synchronized Map<LocalDate, Day> days() {
    Map<LocalDate, Day> out = new HashMap<>();
    days.forEach((d, b) -> out.put(d, new Day(b.tally.toTotals(), b.chats.sortedDistinct())));
    return out;
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
    private final Map<LocalDate, DayBuilder> batchDays = new HashMap<>();
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
          DayBuilder day = batchDays.computeIfAbsent(bind(r), d -> new DayBuilder());
          day.tally.accept(r);
          if (!r.chatId().isEmpty()) {
            day.chats.add(Hash64.of(r.chatId()));
          }
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

    /** Binds the insert's parameters and answers the day the record is filed under. */
    private LocalDate bind(ClickRecord r) throws SQLException {
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
      if (r.chatId().isEmpty()) {
        insert.setNull(15, Types.BIGINT);
      } else {
        insert.setLong(15, Hash64.of(r.chatId()));
      }
      return day;
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
          batchDays.forEach((d, b) -> days.computeIfAbsent(d, x -> new DayBuilder()).merge(b));
          batchDays.clear();
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
          batchDays.clear();
          pending = 0;
          connection.rollback(savepoint);
        } catch (SQLException e) {
          throw new StoreException("Cannot discard the click records of server " + serverId, e);
        }
      }
    }
  }
}
