package app.clicks.slack.testing;

import app.clicks.report.ClickRecord;
import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Instant;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/** A wolkvox that answers with a few records, or fails the way a test tells it to; records what it was asked. */
public final class FakeClickSource implements ClickSource {
  /** What was asked: the connection and the window. */
  public record Asked(WolkvoxConnection connection, Window window) {}

  public volatile WolkvoxException.Kind failure;
  public volatile int records = 3;
  public final BlockingQueue<Asked> asked = new LinkedBlockingQueue<>();

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    asked.add(new Asked(connection, window));
    if (failure != null) {
      throw new WolkvoxException(failure, connection.serverId(), window.toString(), "wolkvox failed: " + failure);
    }
    WindowReceiver.Batch batch = receiver.open(window);
    for (int i = 0; i < records; i++) {
      batch.accept(new ClickRecord("https://fb.me/ad" + i, "ad", "ad" + i, "chat" + i, "rp", "agent" + i, "image",
          "", Instant.parse("2026-11-23T14:30:00Z"), "2026-11-23 09:30:00", "1"));
    }
    batch.commit();
    return 1;
  }
}
