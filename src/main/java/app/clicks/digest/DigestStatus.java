package app.clicks.digest;

import java.time.Instant;
import java.util.Optional;

/** What the App Home shows of a workspace's digest: the schedule, when it runs next, and how the last run went. */
public record DigestStatus(Optional<DigestSchedule> schedule, Optional<Instant> nextRun, Optional<LastRun> lastRun) {}
