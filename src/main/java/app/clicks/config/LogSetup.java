package app.clicks.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.util.Map;

/**
 * Logging set up in code rather than by logback.xml: for the bot, one line per event on stdout at INFO (Heroku reads
 * it), and the libraries capped, Slack's SDK at INFO because its DEBUG lines print raw request bodies. A command
 * (`report`) owns stdout, so it asks for {@link LogMode#commandLine}: the same lines on stderr, WARN and ERROR only unless
 * verbose. Doing it in code also spares the command the XML parser at every start. A logback.configurationFile given
 * to java always wins; a logback-test.xml on the class path (tests) wins over the bot's set-up.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {
  static final Map<String, Level> CAPS =
      Map.of(
          "com.slack.api", Level.INFO,
          "com.zaxxer.hikari", Level.WARN,
          "org.flywaydb", Level.WARN,
          "org.eclipse.jetty", Level.WARN,
          "org.quartz", Level.WARN,
          "org.glassfish.tyrus", Level.WARN);

  private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    LogMode.started();
    if (System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    Boolean verbose = LogMode.command();
    if (verbose != null) {
      applyCommandLine(context, verbose ? Level.INFO : Level.WARN);
      return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
    if (LogSetup.class.getResource("/logback-test.xml") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** A command asked for its set-up after logback had started: applied to the running context. */
  static void reconfigureForCommand(boolean verbose) {
    if (System.getProperty("logback.configurationFile") == null
        && org.slf4j.LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
      context.reset();
      applyCommandLine(context, verbose ? Level.INFO : Level.WARN);
    }
  }

  /** A command's set-up on {@code context}: the bot's pattern and caps, on stderr, the root at {@code level}. */
  static void applyCommandLine(LoggerContext context, Level level) {
    console(context, "System.err", level);
  }

  /** Sets up the console appender and the levels on {@code context}. */
  static void apply(LoggerContext context) {
    console(context, "System.out", Level.INFO);
  }

  private static void console(LoggerContext context, String target, Level rootLevel) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern(PATTERN);
    encoder.start();
    ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
    out.setContext(context);
    out.setName("OUT");
    out.setTarget(target);
    out.setEncoder(encoder);
    out.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(rootLevel);
    root.addAppender(out);
    // Each library at its cap, or at the root's level where that is stricter (a quiet command: WARN for all).
    CAPS.forEach((name, cap) -> context.getLogger(name).setLevel(cap.isGreaterOrEqual(rootLevel) ? cap : rootLevel));
  }
}
