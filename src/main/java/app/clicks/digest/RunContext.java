package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.store.ClickReader;
import java.time.Instant;

/**
 * What every digest run works with: the stores, the click reader, the poster, the timing, and what gives a digest
 * its workspace's names and conversion codes.
 */
record RunContext(DigestStores stores, ClickReader reader, DigestPoster poster, DigestTiming timing,
    SummaryContexts contexts) {

  Instant now() {
    return timing.clock().instant();
  }

  RetryPolicy retries() {
    return timing.retries();
  }
}
