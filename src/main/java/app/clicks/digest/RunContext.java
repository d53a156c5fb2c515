package app.clicks.digest;

import app.clicks.store.ClickReader;
import java.time.Instant;

/** What every digest run works with: the stores, the click reader, the poster and the timing. */
record RunContext(DigestStores stores, ClickReader reader, DigestPoster poster, DigestTiming timing) {

  Instant now() {
    return timing.clock().instant();
  }

  RetryPolicy retries() {
    return timing.retries();
  }
}
