package app.clicks.store;

/**
 * Who asks for data: a person (slash command, report, App Home), the scheduled digest, or the alert checks. The
 * digest and the alerts each have a reserve that people cannot spend.
 */
public enum Purpose {
  INTERACTIVE,
  DIGEST,
  ALERTS
}
