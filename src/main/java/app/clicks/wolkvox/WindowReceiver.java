package app.clicks.wolkvox;

import app.clicks.report.ClickRecord;
import java.util.function.Consumer;

/**
 * Takes the records of a fetch, one request at a time. Each request's records go into a {@link Batch} that is
 * committed when the answer is complete and usable, or discarded when the answer reached the record cap (and its
 * window will be split and asked again) or failed.
 */
public interface WindowReceiver {

  /** Opens a batch for the records of one request over {@code window}. */
  Batch open(Window window);

  /** The records of one request. */
  interface Batch extends Consumer<ClickRecord> {
    /** The answer was complete: keep its records. */
    void commit();

    /** The answer is not to be used: forget its records. */
    void discard();
  }
}
