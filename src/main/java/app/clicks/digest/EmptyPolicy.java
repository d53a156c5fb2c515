package app.clicks.digest;

/** What the digest does on a day without clicks. */
public enum EmptyPolicy {
  /** Post a short "no clicks yesterday" note. */
  POST_NOTE,
  /** Post nothing. */
  SKIP
}
