package app.clicks.digest;

import app.clicks.digest.DeliveryLog.ChartState;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The digest's chart: a second post, into the digest's thread, once its text is posted. It never stands in the
 * text's way (the text is posted and marked first; whatever the chart does, the digest's outcome stays). A scheduled
 * digest claims its chart in the delivery log, so that it is shared once whatever fires how often; send-now logs
 * nothing.
 */
final class ChartStep {
  private static final Logger LOG = LoggerFactory.getLogger(ChartStep.class);

  /** Where a chart's claim is kept. */
  interface Claims {
    /** The claim's generation, or empty when the chart is not this run's to send. */
    Optional<Integer> claim();

    /** Just before sharing: false when another run took the chart over. */
    boolean startSharing(int generation);

    /** Where the claim ended (RETRYABLE: a rate limit outlasted the waits; the chart is tried again later). */
    void end(int generation, ChartState state, String fileId, String detail);
  }

  /** Send-now's charts: nothing claimed, nothing written. */
  static final Claims UNLOGGED = new Claims() {
    @Override
    public Optional<Integer> claim() {
      return Optional.of(1);
    }

    @Override
    public boolean startSharing(int generation) {
      return true;
    }

    @Override
    public void end(int generation, ChartState state, String fileId, String detail) {}
  };

  private ChartStep() {}

  /** Posts the chart of {@code digest} (posted as {@code ts}) if it is this run's to post; its end state, or null. */
  static ChartState send(DigestRun run, DigestMessage digest, String ts, Claims claims) {
    Optional<Integer> claimed;
    try {
      claimed = claims.claim();
    } catch (RuntimeException e) {
      LOG.error("digest chart of {} for {}: the claim failed; no chart", run.key, run.day, e);
      return null;
    }
    if (claimed.isEmpty()) {
      LOG.info("digest chart of {} for {}: already sent or being sent", run.key, run.day);
      return null;
    }
    int generation = claimed.get();
    PostOutcome outcome = run.postWaitingOutRateLimits(() -> run.context.poster().postChart(
        new DigestChart(digest, ts, () -> claims.startSharing(generation))));
    ChartState state;
    String fileId = null;
    String detail = null;
    if (outcome instanceof PostOutcome.Posted p) {
      state = ChartState.POSTED;
      fileId = p.ts();
    } else if (outcome instanceof PostOutcome.RateLimited) {
      state = ChartState.RETRYABLE;
      detail = "ratelimited";
    } else if (outcome instanceof PostOutcome.Unclear u) {
      state = ChartState.UNKNOWN;
      detail = u.detail();
    } else if (outcome instanceof PostOutcome.OtherFailure f && "taken_over".equals(f.error())) {
      LOG.warn("digest chart of {} for {}: another run took it over", run.key, run.day);
      return null;
    } else {
      state = ChartState.FAILED;
      detail = outcome instanceof PostOutcome.OtherFailure f ? f.error()
          : outcome instanceof PostOutcome.NotInChannel ? "not_in_channel" : outcome.getClass().getSimpleName();
    }
    LOG.info("digest chart of {} for {}: {}{}", run.key, run.day, state, detail == null ? "" : " (" + detail + ")");
    try {
      claims.end(generation, state, fileId, detail);
    } catch (RuntimeException e) {
      LOG.error("digest chart of {} for {}: recording {} failed", run.key, run.day, state, e);
    }
    return state;
  }
}
