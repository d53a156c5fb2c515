package app.clicks.digest;

import app.clicks.wolkvox.Sleeper;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** Fakes of the digest's own collaborators: poster, sleeper, triggers (the shared ones are in app.clicks.testing). */
final class Fakes {
  private Fakes() {}

  /** Records what it is asked to post and answers from a script (the last answer repeats); signals each post. */
  static final class PosterFake implements DigestPoster {
    final List<DigestMessage> digests = new CopyOnWriteArrayList<>();
    final List<DigestNote> notes = new CopyOnWriteArrayList<>();
    final List<Object> attempts = new CopyOnWriteArrayList<>();
    /** Released once per Posted answer. */
    final Semaphore posted = new Semaphore(0);
    private final ConcurrentLinkedQueue<PostOutcome> script = new ConcurrentLinkedQueue<>();
    private volatile PostOutcome last = new PostOutcome.Posted("1700000000.000100");

    PosterFake then(PostOutcome outcome) {
      script.add(outcome);
      last = outcome;
      return this;
    }

    private PostOutcome next(Object what) {
      attempts.add(what);
      PostOutcome o = script.size() > 1 ? script.poll() : Optional.ofNullable(script.peek()).orElse(last);
      if (o instanceof PostOutcome.Posted) {
        if (what instanceof DigestMessage m) {
          digests.add(m);
        } else {
          notes.add((DigestNote) what);
        }
        posted.release();
      }
      return o;
    }

    @Override
    public PostOutcome postDigest(DigestMessage digest) {
      return next(digest);
    }

    @Override
    public PostOutcome postNote(DigestNote note) {
      return next(note);
    }
  }

  /** Records the waits instead of waiting. */
  static final class SleeperFake implements Sleeper {
    final List<Duration> waits = new CopyOnWriteArrayList<>();

    @Override
    public void sleep(Duration duration) {
      waits.add(duration);
    }
  }

  /** Records retries and removals instead of touching a scheduler. */
  static final class TriggersFake implements DigestTriggers {
    record Retry(long key, Instant digestTime, int retry, Instant at, Instant until) {}

    final List<Retry> retries = new CopyOnWriteArrayList<>();
    final List<Long> removed = new CopyOnWriteArrayList<>();

    @Override
    public void scheduleRetry(long key, Instant digestTime, int retry, Instant at, Instant retryUntil) {
      retries.add(new Retry(key, digestTime, retry, at, retryUntil));
    }

    @Override
    public void unschedule(long key) {
      removed.add(key);
    }
  }
}
