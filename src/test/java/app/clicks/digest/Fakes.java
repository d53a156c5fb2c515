package app.clicks.digest;

import app.clicks.report.AdCount;
import app.clicks.report.PeriodPair;
import app.clicks.report.Totals;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Semaphore;

/** Fakes of the digest's collaborators: click reader, poster, settings, sleeper, triggers. */
final class Fakes {
  private Fakes() {}

  static Totals totals(long clicks, long chats) {
    return new Totals(clicks, chats, 0, clicks == 0 ? List.of() : List.of(new AdCount("ad-1", "", "ad", "", clicks)),
        Map.of(), Map.of(), Map.of(), Collections.nCopies(24, 0L));
  }

  /** Answers totals(…) from a script of steps (the last repeats), recording each call's periods. */
  static final class ClickReaderFake implements ClickReader {
    interface Step {
      StoredTotals answer(PeriodPair periods) throws WolkvoxException;
    }

    final List<PeriodPair> calls = new CopyOnWriteArrayList<>();
    final List<Purpose> purposes = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Step> script = new ConcurrentLinkedQueue<>();
    private volatile Step last;

    ClickReaderFake then(Step step) {
      script.add(step);
      last = step;
      return this;
    }

    static ClickReaderFake answering(long current, long previous) {
      return new ClickReaderFake().then(p -> stored(current, previous));
    }

    static Step failing(WolkvoxException.Kind kind) {
      return p -> {
        throw new WolkvoxException(kind, "0042", p.current().label(), "wolkvox said " + kind);
      };
    }

    static StoredTotals stored(long current, long previous) {
      return new StoredTotals(Fakes.totals(current, current), Fakes.totals(previous, previous), Instant.EPOCH, false, 1);
    }

    @Override
    public int daysToFetch(WolkvoxConnection connection, PeriodPair periods) {
      return 0;
    }

    @Override
    public StoredTotals totals(WolkvoxConnection connection, PeriodPair periods, Purpose purpose)
        throws WolkvoxException {
      calls.add(periods);
      purposes.add(purpose);
      Step step = script.size() > 1 ? script.poll() : script.peek();
      return (step == null ? last : step).answer(periods);
    }
  }

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

  /** Settings with a connected wolkvox for any workspace unless told otherwise. */
  static final class SettingsFake implements SettingsStore {
    final Map<WorkspaceKey, WorkspaceSettings> saved = new ConcurrentHashMap<>();
    /** When set, the next find fails as a database would. */
    volatile boolean failNextFind;

    static SettingsFake connected(WorkspaceKey... keys) {
      SettingsFake f = new SettingsFake();
      for (WorkspaceKey k : keys) {
        f.save(new WorkspaceSettings(k, "0042", "wolkvox-token-secret", WorkspaceSettings.TokenState.OK,
            ZoneId.of("America/Bogota"), Locale.ENGLISH, "U1", Instant.EPOCH));
      }
      return f;
    }

    @Override
    public Optional<WorkspaceSettings> find(WorkspaceKey key) {
      if (failNextFind) {
        failNextFind = false;
        throw new IllegalStateException("settings database unavailable");
      }
      return Optional.ofNullable(saved.get(key));
    }

    @Override
    public void save(WorkspaceSettings settings) {
      saved.put(settings.key(), settings);
    }

    @Override
    public void delete(WorkspaceKey key) {
      saved.remove(key);
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
    record Retry(WorkspaceKey key, Instant digestTime, int retry, Instant at, Instant until) {}

    final List<Retry> retries = new ArrayList<>();
    final List<WorkspaceKey> removed = new ArrayList<>();

    @Override
    public void scheduleRetry(WorkspaceKey key, Instant digestTime, int retry, Instant at, Instant retryUntil) {
      retries.add(new Retry(key, digestTime, retry, at, retryUntil));
    }

    @Override
    public void unschedule(WorkspaceKey key) {
      removed.add(key);
    }
  }
}
