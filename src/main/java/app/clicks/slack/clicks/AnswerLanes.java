package app.clicks.slack.clicks;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Where answers run and how many may wait. Answers run on the fast lane (reading the store: tens of ms); a request
 * that needs wolkvox waits for the store's fetch lane without holding a thread, then comes back to the fast lane.
 * The bounds come from what limits an answer: Slack's response_url lives 30 minutes and takes 5 posts.
 *
 * <ul>
 *   <li>At most {@link #MAX_WAITING} requests wait at once (a waiting request keeps a few hundred bytes: its
 *       periods, connection and response_url); past it, "busy" with that reason.
 *   <li>A request whose fetches would take longer than {@link #MAX_WAIT} (the response_url's life less time for
 *       the answer) is told so instead of being answered too late.
 *   <li>Progress: at most {@link #MAX_PROGRESS} posts, every {@link #PROGRESS_EVERY} from the acknowledgement,
 *       keeping one of the 5 posts for the answer.
 * </ul>
 */
public final class AnswerLanes {
  /** Requests waiting for an answer (both lanes) past which a new one is told "busy". */
  public static final int MAX_WAITING = 2_000;
  /** How long a response_url takes posts. */
  public static final Duration RESPONSE_URL_LIFE = Duration.ofMinutes(30);
  /** The longest expected wait for wolkvox that is still taken: the response_url's life less 2 minutes. */
  public static final Duration MAX_WAIT = RESPONSE_URL_LIFE.minusMinutes(2);
  public static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
  /** Progress posts to one response_url (it takes 5; the answer needs one). */
  public static final int MAX_PROGRESS = 3;

  private final Executor fast;
  private final Ticker ticker;
  private final int maxWaiting;
  private final AtomicInteger waiting = new AtomicInteger();

  /**
   * @param fast the fast lane: runs store reads and renders; may refuse (RejectedExecutionException) when closing
   * @param ticker runs the progress ticks
   * @param maxWaiting requests waiting at once before "busy"
   */
  public AnswerLanes(Executor fast, Ticker ticker, int maxWaiting) {
    this.fast = fast;
    this.ticker = ticker;
    this.maxWaiting = maxWaiting;
  }

  /** Takes one more waiting request; false when {@link #maxWaiting()} are waiting already. */
  boolean enter() {
    while (true) {
      int n = waiting.get();
      if (n >= maxWaiting) {
        return false;
      }
      if (waiting.compareAndSet(n, n + 1)) {
        return true;
      }
    }
  }

  /** A request entered is answered. */
  void leave() {
    waiting.decrementAndGet();
  }

  /** Requests waiting for their answer now. */
  public int waiting() {
    return waiting.get();
  }

  int maxWaiting() {
    return maxWaiting;
  }

  Ticker ticker() {
    return ticker;
  }

  /** Hands {@code task} to the fast lane; false when it refuses (closing, or its queue is full). */
  boolean offer(Runnable task) {
    try {
      fast.execute(task);
      return true;
    } catch (RejectedExecutionException e) {
      return false;
    }
  }

  /** Runs {@code task} on the fast lane, or here when the lane refuses it (an answer is never dropped). */
  void run(Runnable task) {
    if (!offer(task)) {
      task.run();
    }
  }
}
