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
 * Logging set up in code rather than by logback.xml: one line per event on stdout (Heroku reads it), and the
 * libraries capped, Slack's SDK at INFO because its DEBUG lines print raw request bodies. Doing it in code also
 * spares the `report` command the XML parser at every start. A logback-test.xml on the class path wins (tests).
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

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (LogSetup.class.getResource("/logback-test.xml") != null
        || System.getProperty("logback.configurationFile") != null) {
      return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    }
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** Sets up the console appender and the levels on {@code context}. */
  static void apply(LoggerContext context) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setPattern("%d{HH:mm:ss.SSS} %-5level [%thread] %logger{30} - %msg%n");
    encoder.start();
    ConsoleAppender<ILoggingEvent> out = new ConsoleAppender<>();
    out.setContext(context);
    out.setName("OUT");
    out.setEncoder(encoder);
    out.start();
    Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(out);
    CAPS.forEach((name, level) -> context.getLogger(name).setLevel(level));
  }
}
