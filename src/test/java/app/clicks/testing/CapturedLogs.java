package app.clicks.testing;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import org.slf4j.LoggerFactory;

/** What a logger (and those below it) logs while a test runs; close() puts the logger back as it was. */
public final class CapturedLogs implements AutoCloseable {
  private final Logger logger;
  private final Level before;
  private final ListAppender<ILoggingEvent> appender = new ListAppender<>();

  private CapturedLogs(String name, Level level) {
    this.logger = (Logger) LoggerFactory.getLogger(name);
    this.before = logger.getLevel();
    appender.start();
    logger.addAppender(appender);
    if (level != null) {
      logger.setLevel(level);
    }
  }

  /** Everything logged, at {@code level} and above. */
  public static CapturedLogs root(Level level) {
    return new CapturedLogs(org.slf4j.Logger.ROOT_LOGGER_NAME, level);
  }

  /** What the logger {@code name} logs, at {@code level} and above (null: its configured level). */
  public static CapturedLogs of(String name, Level level) {
    return new CapturedLogs(name, level);
  }

  /** The events so far, in order. */
  public List<ILoggingEvent> events() {
    synchronized (appender) {
      return List.copyOf(appender.list);
    }
  }

  @Override
  public void close() {
    logger.detachAppender(appender);
    logger.setLevel(before);
  }
}
