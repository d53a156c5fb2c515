package app.clicks.digest;

import java.time.Instant;
import java.util.Optional;

/** A subscription as the App Home lists it: with its next run and its last result. */
public record SubscriptionStatus(Subscription subscription, Optional<Instant> nextRun, Optional<LastRun> lastRun) {}
