package app.clicks.store;

import static app.clicks.store.Varints.varint;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One day's clicks by routing point × ad × agent × outcome × hour, and which of the day's distinct chats each
 * routing point and each ad had, packed into a few bytes a count for click_day_slices (V15): what a summary sliced
 * to one routing point or one ad adds up, a day at a time, instead of scanning the clicks.
 *
 * <p>Texts are {@link Dictionary} ids (click_text: rp_id, source_id, agent_id, cod_act as wolkvox sent them); a
 * chat is its position in the day's sorted chat set (click_day_chats), so a chat costs a byte or two, not 8.
 *
 * <p>A part is self-contained: the day's text ids (varint count, then ascending, delta-coded varints); cube blocks,
 * one per (routing point, ad): their indexes into the ids, then agents, each with its outcomes, each with its hours
 * (0–23, {@link #UNDATED} for a click whose date could not be read) and clicks; then chat blocks: dimension
 * ({@link #RP} or {@link #AD}), key index, number of positions, ascending delta-coded positions. A day whose pack
 * would pass {@link #PART_BYTES} is split into parts by block.
 */
final class SlicePack {
  /** Bytes a part may reach before the next block goes into a new one: well under H2's 1 MB for a BYTEA value. */
  static final int PART_BYTES = 400_000;
  /** The hour of a click whose date wolkvox sent unreadable: in the totals, on no hour and no day. */
  static final int UNDATED = 24;
  static final int RP = 0;
  static final int AD = 1;
  /** Chat positions per block, so that one block stays far below {@link #PART_BYTES}. */
  private static final int POSITIONS_PER_BLOCK = 50_000;

  /** Receives what a part holds, by click_text id. */
  interface Sink {
    /** {@code n} clicks of a routing point, ad, agent and outcome in an hour (or {@link #UNDATED}). */
    void clicks(int rp, int ad, int agent, int outcome, int hour, long n);

    /** The routing point ({@link #RP}) or ad ({@link #AD}) {@code key} had the day's chat at {@code position}. */
    void chat(int dim, int key, int position);
  }

  private SlicePack() {}

  /** One cell of the cube. */
  private record Cell(int rp, int ad, int agent, int outcome, int hour) {}

  /** Collects one day's cube and chats as records are stored (by their dictionary ids). Not thread-safe. */
  static final class Day {
    private final Map<Cell, long[]> cells = new HashMap<>();
    private final Map<Integer, LongList> rpChats = new HashMap<>();
    private final Map<Integer, LongList> adChats = new HashMap<>();

    /** One click; {@code chat} is its chat id's hash, null when it had none. */
    void add(int rp, int ad, int agent, int outcome, int hour, Long chat) {
      cells.computeIfAbsent(new Cell(rp, ad, agent, outcome, hour), k -> new long[1])[0]++;
      if (chat != null) {
        rpChats.computeIfAbsent(rp, k -> new LongList()).add(chat);
        adChats.computeIfAbsent(ad, k -> new LongList()).add(chat);
      }
    }

    void merge(Day other) {
      other.cells.forEach((k, n) -> cells.computeIfAbsent(k, x -> new long[1])[0] += n[0]);
      other.rpChats.forEach((k, l) -> rpChats.computeIfAbsent(k, x -> new LongList()).addAll(l));
      other.adChats.forEach((k, l) -> adChats.computeIfAbsent(k, x -> new LongList()).addAll(l));
    }

    boolean isEmpty() {
      return cells.isEmpty();
    }

    /** The parts of this day; {@code dayChats} is the day's sorted distinct chat set as click_day_chats holds it. */
    List<byte[]> pack(long[] dayChats) {
      TreeSet<Integer> ids = new TreeSet<>();
      cells.keySet().forEach(c -> {
        ids.add(c.rp());
        ids.add(c.ad());
        ids.add(c.agent());
        ids.add(c.outcome());
      });
      Map<Integer, Integer> index = new HashMap<>();
      ByteArrayOutputStream table = new ByteArrayOutputStream();
      varint(table, ids.size());
      int previous = 0;
      for (int id : ids) {
        index.put(id, index.size());
        varint(table, id - previous);
        previous = id;
      }
      // rp → ad → agent → outcome → hour → clicks, by index, sorted so that equal prefixes are written once.
      TreeMap<Long, TreeMap<Integer, TreeMap<Integer, TreeMap<Integer, Long>>>> cube = new TreeMap<>();
      cells.forEach((c, n) -> cube
          .computeIfAbsent(((long) index.get(c.rp()) << 32) | index.get(c.ad()), k -> new TreeMap<>())
          .computeIfAbsent(index.get(c.agent()), k -> new TreeMap<>())
          .computeIfAbsent(index.get(c.outcome()), k -> new TreeMap<>())
          .merge(c.hour(), n[0], Long::sum));
      List<byte[]> cubeBlocks = new ArrayList<>();
      cube.forEach((rpAd, agents) -> {
        ByteArrayOutputStream b = new ByteArrayOutputStream(64);
        varint(b, rpAd >>> 32);
        varint(b, rpAd & 0xFFFFFFFFL);
        varint(b, agents.size());
        agents.forEach((agent, outcomes) -> {
          varint(b, agent);
          varint(b, outcomes.size());
          outcomes.forEach((outcome, hours) -> {
            varint(b, outcome);
            varint(b, hours.size());
            hours.forEach((hour, n) -> {
              varint(b, hour);
              varint(b, n);
            });
          });
        });
        cubeBlocks.add(b.toByteArray());
      });
      List<byte[]> chatBlocks = new ArrayList<>();
      chatBlocks(RP, rpChats, index, dayChats, chatBlocks);
      chatBlocks(AD, adChats, index, dayChats, chatBlocks);
      return parts(table.toByteArray(), cubeBlocks, chatBlocks);
    }

    private static void chatBlocks(int dim, Map<Integer, LongList> chats, Map<Integer, Integer> index,
        long[] dayChats, List<byte[]> out) {
      new TreeMap<>(chats).forEach((key, hashes) -> {
        long[] sorted = hashes.sortedDistinct();
        int[] positions = new int[sorted.length];
        int n = 0;
        for (long h : sorted) {
          int at = Arrays.binarySearch(dayChats, h);
          if (at >= 0) {
            positions[n++] = at;
          }
        }
        for (int from = 0; from < n; from += POSITIONS_PER_BLOCK) {
          int to = Math.min(n, from + POSITIONS_PER_BLOCK);
          ByteArrayOutputStream b = new ByteArrayOutputStream(16 + (to - from) * 2);
          varint(b, dim);
          varint(b, index.get(key));
          varint(b, to - from);
          int previous = 0;
          for (int i = from; i < to; i++) {
            varint(b, positions[i] - previous);
            previous = positions[i];
          }
          out.add(b.toByteArray());
        }
      });
    }
  }

  /** Packs blocks into parts of at most about {@link #PART_BYTES}, each starting with the table. */
  private static List<byte[]> parts(byte[] table, List<byte[]> cubeBlocks, List<byte[]> chatBlocks) {
    List<byte[]> parts = new ArrayList<>();
    List<byte[]> cube = new ArrayList<>();
    List<byte[]> chats = new ArrayList<>();
    int size = table.length;
    for (int i = 0; i < cubeBlocks.size() + chatBlocks.size(); i++) {
      boolean isCube = i < cubeBlocks.size();
      byte[] block = isCube ? cubeBlocks.get(i) : chatBlocks.get(i - cubeBlocks.size());
      if (size > table.length && size + block.length > PART_BYTES) {
        parts.add(encode(table, cube, chats));
        cube.clear();
        chats.clear();
        size = table.length;
      }
      (isCube ? cube : chats).add(block);
      size += block.length;
    }
    if (!cube.isEmpty() || !chats.isEmpty()) {
      parts.add(encode(table, cube, chats));
    }
    return parts;
  }

  private static byte[] encode(byte[] table, List<byte[]> cube, List<byte[]> chats) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    out.writeBytes(table);
    varint(out, cube.size());
    cube.forEach(out::writeBytes);
    varint(out, chats.size());
    chats.forEach(out::writeBytes);
    return out.toByteArray();
  }

  /** Hands every count and chat of a part to {@code sink}. */
  static void unpack(byte[] part, Sink sink) {
    Varints.Reader in = new Varints.Reader(part);
    int[] ids = new int[(int) in.varint()];
    int id = 0;
    for (int i = 0; i < ids.length; i++) {
      id += (int) in.varint();
      ids[i] = id;
    }
    long blocks = in.varint();
    for (long b = 0; b < blocks; b++) {
      int rp = ids[(int) in.varint()];
      int ad = ids[(int) in.varint()];
      long agents = in.varint();
      for (long g = 0; g < agents; g++) {
        int agent = ids[(int) in.varint()];
        long outcomes = in.varint();
        for (long o = 0; o < outcomes; o++) {
          int outcome = ids[(int) in.varint()];
          long hours = in.varint();
          for (long h = 0; h < hours; h++) {
            int hour = (int) in.varint();
            sink.clicks(rp, ad, agent, outcome, hour, in.varint());
          }
        }
      }
    }
    long chatBlocks = in.varint();
    for (long b = 0; b < chatBlocks; b++) {
      int dim = (int) in.varint();
      int key = ids[(int) in.varint()];
      long n = in.varint();
      int position = 0;
      for (long i = 0; i < n; i++) {
        position += (int) in.varint();
        sink.chat(dim, key, position);
      }
    }
  }
}
