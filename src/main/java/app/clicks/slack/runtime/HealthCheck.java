package app.clicks.slack.runtime;

/** One thing /health asks about (the database; the digest adds its scheduler): true when it works. */
@FunctionalInterface
public interface HealthCheck {
  /** True when healthy; false or an exception means down. Should answer within a couple of seconds. */
  boolean up() throws Exception;
}
