package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A receiver that keeps committed batches and remembers discarded ones, for tests. */
public final class CollectingReceiver implements WindowReceiver {

  /** One batch: its window, its records, and how it ended. */
  public static final class Kept implements Batch {
    public final Window window;
    public final List<ClickRecord> records = new ArrayList<>();
    public volatile String state = "open";

    Kept(Window window) {
      this.window = window;
    }

    @Override
    public void accept(ClickRecord r) {
      if (!state.equals("open")) {
        throw new IllegalStateException("record after " + state);
      }
      records.add(r);
    }

    @Override
    public void commit() {
      end("committed");
    }

    @Override
    public void discard() {
      end("discarded");
    }

    private void end(String how) {
      if (!state.equals("open")) {
        throw new IllegalStateException(how + " after " + state);
      }
      state = how;
    }
  }

  private final List<Kept> batches = Collections.synchronizedList(new ArrayList<>());

  @Override
  public Batch open(Window window) {
    Kept k = new Kept(window);
    batches.add(k);
    return k;
  }

  public List<Kept> batches() {
    synchronized (batches) {
      return List.copyOf(batches);
    }
  }

  public List<Kept> committed() {
    return batches().stream().filter(b -> b.state.equals("committed")).toList();
  }

  /** Every record of the committed batches. */
  public List<ClickRecord> records() {
    return committed().stream().flatMap(b -> b.records.stream()).toList();
  }

  /** True when no batch is left open and none was committed. */
  public boolean nothingKept() {
    return batches().stream().noneMatch(b -> b.state.equals("committed") || b.state.equals("open"));
  }
}
