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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a fetch's records into the open transaction of a day replacement, in JDBC batches; each request's batch
 * sits behind a savepoint so that a discarded answer leaves nothing behind. Repeating text is written as
 * {@link Dictionary} ids, looked up a batch at a time.
 */
final class ReplacingReceiver implements WindowReceiver, AutoCloseable {
  private static final int JDBC_BATCH = 1000;
  private static final String INSERT = "INSERT INTO click (ts, local_day, ad, rp, agent, outcome, raw_date,"
      + " server_key, local_hour, chat_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final Connection connection;
  private final Dictionary dictionary;
  private final String serverId;
  private short serverKey = -1;
  private final ZoneId zone;
  private final LocalDate first;
  private final LocalDate last;
  private final PreparedStatement insert;
  private final Map<LocalDate, DayBuilder> days = new HashMap<>();
  private long kept;
  private long undated;

  /** One day's aggregates, its distinct chat hashes, sorted, and its clicks for slices (by dictionary ids). */
  record Day(Totals totals, long[] chats, SlicePack.Day slices) {}

  /** What the committed batches brought to one day. */
  private final class DayBuilder {
    final ClickTally tally = new ClickTally(zone);
    final LongList chats = new LongList();
    final SlicePack.Day slices = new SlicePack.Day();

    void merge(DayBuilder other) {
      tally.merge(other.tally);
      chats.addAll(other.chats);
      slices.merge(other.slices);
    }
  }

  ReplacingReceiver(Connection connection, Dictionary dictionary, String serverId, ZoneId zone, LocalDate first,
      LocalDate last) throws SQLException {
    this.connection = connection;
    this.dictionary = dictionary;
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
    days.forEach((d, b) -> out.put(d, new Day(b.tally.toTotals(), b.chats.sortedDistinct(), b.slices)));
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
    private final List<ClickRecord> pending = new ArrayList<>(JDBC_BATCH);
    private final List<LocalDate> pendingDays = new ArrayList<>(JDBC_BATCH);
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
          LocalDate d = dayOf(r);
          DayBuilder day = batchDays.computeIfAbsent(d, x -> new DayBuilder());
          day.tally.accept(r);
          if (!r.chatId().isEmpty()) {
            day.chats.add(Hash64.of(r.chatId()));
          }
          pending.add(r);
          pendingDays.add(d);
          count++;
          if (pending.size() >= JDBC_BATCH) {
            flush();
          }
        } catch (SQLException e) {
          throw new StoreException("Cannot store a click record of server " + serverId, e);
        }
      }
    }

    /** The day the record is filed under. */
    private LocalDate dayOf(ClickRecord r) {
      if (r.date() == null) {
        undatedCount++;
        return undatedDay;
      }
      return clamp(r.date().atZone(zone).toLocalDate());
    }

    /** Looks up the pending records' dictionary ids and inserts them. */
    private void flush() throws SQLException {
      if (pending.isEmpty()) {
        return;
      }
      if (serverKey < 0) {
        serverKey = dictionary.serverKey(serverId);
      }
      Set<String> texts = new HashSet<>();
      for (ClickRecord r : pending) {
        texts.add(r.sourceId());
        texts.add(r.sourceUrl());
        texts.add(r.sourceType());
        texts.add(r.mediaType());
        texts.add(r.mediaUrl());
        texts.add(r.rpId());
        texts.add(r.agentId());
        texts.add(r.codAct());
        if (r.date() == null) {
          texts.add(r.rawDate());
        }
      }
      dictionary.resolveTexts(texts);
      List<Dictionary.Ad> ads = new ArrayList<>(pending.size());
      for (ClickRecord r : pending) {
        ads.add(new Dictionary.Ad(dictionary.text(r.sourceId()), dictionary.text(r.sourceUrl()),
            dictionary.text(r.sourceType()), dictionary.text(r.mediaType()), dictionary.text(r.mediaUrl())));
      }
      dictionary.resolveAds(new HashSet<>(ads));
      for (int i = 0; i < pending.size(); i++) {
        ClickRecord r = pending.get(i);
        bind(r, pendingDays.get(i), dictionary.ad(ads.get(i)));
        insert.addBatch();
        batchDays.get(pendingDays.get(i)).slices.add(dictionary.text(r.rpId()), dictionary.text(r.sourceId()),
            dictionary.text(r.agentId()), dictionary.text(r.codAct()),
            r.date() == null ? SlicePack.UNDATED : r.date().atZone(zone).getHour(),
            r.chatId().isEmpty() ? null : Hash64.of(r.chatId()));
      }
      insert.executeBatch();
      pending.clear();
      pendingDays.clear();
    }

    /** Binds the insert's parameters for one record filed under {@code day}. */
    private void bind(ClickRecord r, LocalDate day, int ad) throws SQLException {
      if (r.date() == null) {
        insert.setLong(1, day.atStartOfDay(zone).toInstant().toEpochMilli());
        insert.setInt(7, dictionary.text(r.rawDate()));
        insert.setNull(9, Types.SMALLINT);
      } else {
        insert.setLong(1, r.date().toEpochMilli());
        insert.setInt(7, 0);
        insert.setShort(9, (short) r.date().atZone(zone).getHour());
      }
      insert.setDate(2, Date.valueOf(day));
      insert.setInt(3, ad);
      insert.setInt(4, dictionary.text(r.rpId()));
      insert.setInt(5, dictionary.text(r.agentId()));
      insert.setInt(6, dictionary.text(r.codAct()));
      insert.setShort(8, serverKey);
      insert.setString(10, r.chatId());
    }

    @Override
    public void commit() {
      synchronized (ReplacingReceiver.this) {
        try {
          flush();
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
          pending.clear();
          pendingDays.clear();
          connection.rollback(savepoint);
        } catch (SQLException e) {
          throw new StoreException("Cannot discard the click records of server " + serverId, e);
        }
      }
    }
  }
}
