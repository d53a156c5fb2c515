package app.clicks.alerts;

import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.wolkvox.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/** Fakes of the alerts' own interfaces and of what they read. */
final class AlertFakes {
  private AlertFakes() {}

  /** Records what it is asked to post; answers Posted("ts-N") unless a test programs another answer. */
  static final class PosterFake implements AlertPoster {
    final List<AlertMessage> posted = new CopyOnWriteArrayList<>();
    final AtomicInteger attempts = new AtomicInteger();
    volatile Function<AlertMessage, AlertPostOutcome> answer;

    @Override
    public AlertPostOutcome post(AlertMessage message) {
      attempts.incrementAndGet();
      Function<AlertMessage, AlertPostOutcome> a = answer;
      AlertPostOutcome out = a == null ? null : a.apply(message);
      if (out == null) {
        posted.add(message);
        return new AlertPostOutcome.Posted("ts-" + posted.size());
      }
      return out;
    }

    List<AlertMessage> of(AlertDeliveryLog.Kind kind) {
      return posted.stream().filter(m -> m.kind() == kind).toList();
    }
  }

  /** Records the waits and returns at once. */
  static final class SleeperFake implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration d) {
      waits.add(d);
    }
  }

  /** Ad names kept in memory. */
  static final class ChoicesFake implements WorkspaceChoices {
    final Map<String, String> names = new ConcurrentHashMap<>();

    @Override
    public Map<String, String> adNames(WorkspaceKey workspace) {
      return Map.copyOf(names);
    }

    @Override
    public Optional<Set<String>> conversionCodes(WorkspaceKey workspace) {
      return Optional.empty();
    }
  }

  /** A clock that runs {@code factor} times faster than real time from {@code base}: 1 real second, 1 minute at 60. */
  static final class FastClock extends Clock {
    private final Instant base;
    private final long realStart = System.nanoTime();
    private final long factor;

    FastClock(Instant base, long factor) {
      this.base = base;
      this.factor = factor;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return base.plusNanos((System.nanoTime() - realStart) * factor);
    }
  }
}
