package app.clicks.store;

/** Who asks for data: a person (slash command, report, App Home) or the scheduled digest, which has a reserve. */
public enum Purpose {
  INTERACTIVE,
  DIGEST
}
