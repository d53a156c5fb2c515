package app.clicks.digest;

/**
 * Posts digests and notes to Slack (implemented on the Slack side with SummaryBlocks and chat.postMessage). It
 * answers with what Slack did; an exception it throws is taken as {@link PostOutcome.Unclear} (never posted again).
 */
public interface DigestPoster {

  PostOutcome postDigest(DigestMessage digest);

  PostOutcome postNote(DigestNote note);
}
