package app.clicks.digest;

/**
 * Posts digests and notes to Slack (implemented on the Slack side with SummaryBlocks and chat.postMessage). It
 * answers with what Slack did; an exception it throws is taken as {@link PostOutcome.Unclear} (never posted again).
 */
public interface DigestPoster {

  PostOutcome postDigest(DigestMessage digest);

  PostOutcome postNote(DigestNote note);

  /**
   * Posts a digest's chart into its thread: {@link PostOutcome.Posted} with the file's id; {@link
   * PostOutcome.Unclear} only when the file may have been shared. A poster without charts posts none.
   */
  default PostOutcome postChart(DigestChart chart) {
    return new PostOutcome.OtherFailure("no_chart");
  }
}
