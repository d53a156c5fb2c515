package app.clicks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

/** Production logging: INFO to stdout, and Slack's SDK never at DEBUG (its DEBUG lines print request bodies). */
class LogSetupTest {

  @Test
  void capsSlacksSdkAtInfoAndLogsInfoToTheConsole() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context);

    assertEquals(Level.INFO, context.getLogger("com.slack.api").getEffectiveLevel());
    assertFalse(context.getLogger("com.slack.api.util.http.listener.DetailedLoggingListener").isDebugEnabled());
    assertEquals(Level.INFO, context.getLogger("app.clicks.Main").getEffectiveLevel());
    assertEquals(Level.WARN, context.getLogger("org.quartz.core").getEffectiveLevel());
    assertTrue(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OUT").isStarted());
  }
}
