package app.clicks.wolkvox;

/** Where click records come from: wolkvox's chat_14 report, or the built-in demo data. */
public interface ClickSource {
  /** The name answers give this source ("Data fetched from …"): wolkvox, unless it is the demo data. */
  String WOLKVOX = "wolkvox";

  /** What answers say the data came from: {@value #WOLKVOX}, or "demo" for the built-in demo data. */
  default String name() {
    return WOLKVOX;
  }

  /**
   * Streams every record of {@code window} (at most 31 days) into {@code receiver}, splitting the window when an
   * answer may have been cut by wolkvox's record cap. Either every part of the window is committed, or this
   * throws: a partial result is never reported as complete.
   *
   * @return the number of HTTP requests made to wolkvox (0 for the demo source)
   */
  int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException;
}
