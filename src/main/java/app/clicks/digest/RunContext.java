package app.clicks.digest;

import app.clicks.context.SummaryContexts;
import app.clicks.store.ClickReader;
import java.time.Instant;

/**
 * What every digest run works with: the stores, the click reader, the posters, the timing, and what gives a digest
 * its workspace's names and conversion codes.
 */
record RunContext(DigestStores stores, ClickReader reader, DigestPosters posters, DigestTiming timing,
    SummaryContexts contexts) {

  Instant now() {
    return timing.clock().instant();
  }

  RetryPolicy retries() {
    return timing.retries();
  }

  /** Slack's poster (the chart goes there only). */
  DigestPoster poster() {
    return posters.slack();
  }
}
