package app.clicks.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import org.junit.jupiter.api.Test;

/**
 * Production logging: the bot logs INFO to stdout, and Slack's SDK never at DEBUG (its DEBUG lines print request
 * bodies); a command keeps stdout for its output and logs to stderr, WARN and up unless verbose.
 */
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

  @Test
  void aCommandLogsOnlyWarningsAndErrorsToStderr() {
    LoggerContext context = new LoggerContext();
    LogSetup.applyCommandLine(context, Level.WARN);

    ch.qos.logback.core.ConsoleAppender<?> out = (ch.qos.logback.core.ConsoleAppender<?>)
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OUT");
    assertEquals("System.err", out.getTarget());
    assertFalse(context.getLogger("app.clicks.store.Database").isInfoEnabled());
    assertFalse(context.getLogger("com.slack.api").isInfoEnabled());
    assertTrue(context.getLogger("app.clicks.store.Database").isWarnEnabled());
  }

  @Test
  void aVerboseCommandLogsInfoToStderrWithTheLibrariesStillCapped() {
    LoggerContext context = new LoggerContext();
    LogSetup.applyCommandLine(context, Level.INFO);

    ch.qos.logback.core.ConsoleAppender<?> out = (ch.qos.logback.core.ConsoleAppender<?>)
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OUT");
    assertEquals("System.err", out.getTarget());
    assertTrue(context.getLogger("app.clicks.store.Database").isInfoEnabled());
    assertEquals(Level.WARN, context.getLogger("org.flywaydb.core").getEffectiveLevel());
  }

  @Test
  void theBotLogsToStdout() {
    LoggerContext context = new LoggerContext();
    LogSetup.apply(context);

    ch.qos.logback.core.ConsoleAppender<?> out = (ch.qos.logback.core.ConsoleAppender<?>)
        context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("OUT");
    assertEquals("System.out", out.getTarget());
  }
}
