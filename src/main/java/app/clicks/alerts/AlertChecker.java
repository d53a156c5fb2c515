package app.clicks.alerts;

import app.clicks.alerts.AlertDeliveryLog.Delivery;
import app.clicks.alerts.AlertDeliveryLog.Destination;
import app.clicks.alerts.AlertDeliveryLog.Kind;
import app.clicks.alerts.AlertSettingsStore.CheckOutcome;
import app.clicks.alerts.AlertStates.State;
import app.clicks.alerts.AlertStates.Status;
import app.clicks.report.Period;
import app.clicks.report.PeriodPair;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.settings.WorkspaceSettings;
import app.clicks.store.ClickReader;
import app.clicks.store.Purpose;
import app.clicks.store.RecentClicks;
import app.clicks.store.StoredTotals;
import app.clicks.wolkvox.Sleeper;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one workspace's rules, without Quartz: within business hours, syncs the open day through the click store
 * (at most one wolkvox request, none while the day is fresh; counted with the alerts' share of the budget), judges
 * the rules, and moves each rule's state: silence seen once is only suspected, seen twice in a row it is raised; a
 * rule raised posts one alert, and "back to normal" once it clears; at most {@link #MAX_A_DAY} alerts a rule (and ad)
 * a day. A check that cannot read wolkvox judges nothing (no data is not zero clicks).
 *
 * <p>An alert goes to each of the rules' destinations on its own: the Slack channel ("back to normal" in the alert's
 * thread) and Teams (a new card: a Workflows webhook gives no message id); Teams only while the workspace has it
 * connected, and the Slack channel when Teams alone was chosen but is not connected. Each destination's post is
 * claimed in the delivery log first, so it goes out at most once across instances, and one failing never stops the
 * other. One not taken (429, 5xx) is posted again by a later check within the alert's rules: an alert while its rule
 * still fires in the same episode, a "back to normal" while the rule has not fired again; within business hours, at
 * most {@link #MAX_TRIES} tries. An unclear post is never repeated.
 */
public final class AlertChecker {
  private static final Logger LOG = LoggerFactory.getLogger(AlertChecker.class);
  /** Alerts of one rule (and ad) a day at most. */
  public static final int MAX_A_DAY = 3;
  /** Failed checks in a row after which the Home tab tells the admins. */
  public static final int FAILURES_TO_TELL = 3;
  /** Tries of one destination of one alert (or "back to normal"): the first, then later checks'. */
  public static final int MAX_TRIES = 4;

  /** Whether the alerts' share of the day's wolkvox budget is spent for a connection. */
  @FunctionalInterface
  public interface Budget {
    boolean spent(WolkvoxConnection connection);
  }

  /** Where the checks read and write. */
  public record Stores(AlertSettingsStore rules, AlertStates states, AlertDeliveryLog deliveries,
      SettingsStore settings, WorkspaceChoices choices) {}

  /** How the checks read clicks: the store's sync and totals, the recent per-hour counts, and the budget. */
  public record Reading(ClickReader reader, RecentClicks recent, Budget budget) {}

  /**
   * Where alerts are posted ({@code poster}: the Slack channel; {@code teams}: the workspace's Teams webhook) and how a
   * rate limit is waited out: at most {@code retries} waits of at most {@code maxWait} each.
   */
  public record Posting(AlertPoster poster, AlertPoster teams, Sleeper sleeper, int retries, Duration maxWait) {
    /** Posting to the Slack channel only. */
    public Posting(AlertPoster poster, Sleeper sleeper, int retries, Duration maxWait) {
      this(poster, AlertPoster.NONE, sleeper, retries, maxWait);
    }

    AlertPoster to(Destination destination) {
      return destination == Destination.TEAMS ? teams : poster;
    }
  }

  private final Stores stores;
  private final Reading reading;
  private final Posting posting;
  private final Clock clock;

  public AlertChecker(Stores stores, Reading reading, Posting posting, Clock clock) {
    this.stores = stores;
    this.reading = reading;
    this.posting = posting;
    this.clock = clock;
  }

  /** Checks the workspace's rules now; {@code instance} names this process in the delivery log. Never throws. */
  public CheckResult check(WorkspaceKey key, String instance) {
    try {
      return new Run(key, instance).run();
    } catch (RuntimeException e) {
      LOG.error("alert check of {} failed", key, e);
      return new CheckResult(key, CheckResult.Outcome.FAILED, List.of());
    }
  }

  /** One check of one workspace. */
  private final class Run {
    private final WorkspaceKey key;
    private final String instance;
    private final Instant now = clock.instant();
    private final List<String> posted = new ArrayList<>();
    private AlertSettings rules;
    private ZoneId zone;
    private BusinessHours hours;
    private LocalDate today;
    private Boolean teamsReady;

    Run(WorkspaceKey key, String instance) {
      this.key = key;
      this.instance = instance;
    }

    CheckResult run() {
      Optional<AlertSettings> found = stores.rules().find(key);
      if (found.isEmpty() || !found.get().anyOn()) {
        return result(CheckResult.Outcome.OFF);
      }
      rules = found.get();
      Optional<WorkspaceSettings> ws = stores.settings().find(key);
      zone = ws.map(WorkspaceSettings::zone).orElse(ZoneId.of("UTC"));
      hours = rules.hours(zone);
      today = now.atZone(zone).toLocalDate();
      List<State> states = stores.states().all(key);
      if (!hours.contains(now)) {
        return result(CheckResult.Outcome.OUTSIDE_HOURS);
      }
      if (ws.isEmpty() || ws.get().tokenState() != WorkspaceSettings.TokenState.OK || ws.get().token() == null
          || !WolkvoxConnection.isValidServerId(ws.get().serverId())) {
        return failed(states, CheckOutcome.NOT_CONNECTED, CheckResult.Outcome.NOT_CONNECTED);
      }
      WolkvoxConnection connection = new WolkvoxConnection(ws.get().serverId(), ws.get().token(), zone);
      try {
        StoredTotals synced = reading.reader().totals(connection, periods(), Purpose.ALERTS);
        if (synced.storeOnly()) {
          return reading.budget().spent(connection)
              ? failed(states, CheckOutcome.BUDGET_SPENT, CheckResult.Outcome.BUDGET_SPENT)
              : failed(states, CheckOutcome.WOLKVOX_FAILED, CheckResult.Outcome.WOLKVOX_FAILED);
        }
      } catch (WolkvoxException e) {
        LOG.warn("alert check of {}: wolkvox {} ({})", key, e.kind(), e.getMessage());
        return e.kind() == WolkvoxException.Kind.BUDGET_EXHAUSTED
            ? failed(states, CheckOutcome.BUDGET_SPENT, CheckResult.Outcome.BUDGET_SPENT)
            : failed(states, CheckOutcome.WOLKVOX_FAILED, CheckResult.Outcome.WOLKVOX_FAILED);
      }
      stores.rules().recordCheck(key, CheckOutcome.OK, now);
      RecentClicks.Activity clicks =
          reading.recent().read(connection.serverId(), AlertRules.firstDay(now, zone), today);
      List<Delivery> pending = stores.deliveries().retryable(key, today.minusDays(1));
      List<Finding> findings = AlertRules.evaluate(rules, zone, clicks, now);
      judge(findings, states);
      if (!pending.isEmpty()) {
        retry(pending, findings);
      }
      return result(CheckResult.Outcome.CHECKED);
    }

    /** Today so far against the 7 days before: what the rules read, synced as one contiguous span. */
    private PeriodPair periods() {
      ZonedDateTime start = today.atStartOfDay(zone);
      ZonedDateTime end = now.atZone(zone);
      if (!end.isAfter(start)) {
        end = start.plusSeconds(1);
      }
      Period current = new Period("today", start, end, true, Period.Kind.TODAY, 0);
      Period previous = new Period("last 7 days", today.minusDays(AlertRules.LOOKBACK_DAYS).atStartOfDay(zone), start,
          false, Period.Kind.LAST_DAYS, AlertRules.LOOKBACK_DAYS);
      return new PeriodPair(current, previous);
    }

    /** A check that read nothing: suspected silences are dropped (the next two checks must agree again). */
    private CheckResult failed(List<State> states, CheckOutcome outcome, CheckResult.Outcome result) {
      stores.rules().recordCheck(key, outcome, now);
      for (State s : states) {
        if (s.status() == Status.SUSPECT) {
          stores.states().move(key, s, s.to(Status.QUIET, null, null, 0), now);
        }
      }
      return result(result);
    }

    private void judge(List<Finding> findings, List<State> states) {
      Map<String, State> byRule = new HashMap<>();
      for (State s : states) {
        byRule.put(s.rule() + "/" + s.ad(), s);
      }
      for (Finding f : findings) {
        State s = byRule.remove(f.rule() + "/" + f.ad());
        follow(f, s == null ? State.quiet(f.rule(), f.ad()) : s);
      }
      for (State s : byRule.values()) {
        if (!rules.on(s.rule()) && s.status() != Status.QUIET) {
          stores.states().move(key, s, s.to(Status.QUIET, null, null, 0), now);
        }
      }
    }

    /** Moves one rule's state on from what it found. */
    private void follow(Finding f, State s) {
      switch (f.verdict()) {
        case FIRING -> {
          if (s.status() == Status.QUIET && f.rule() == AlertRule.SILENCE) {
            stores.states().move(key, s, s.to(Status.SUSPECT, now, null, 0), now);
          } else if (s.status() != Status.FIRING) {
            raise(f, s);
          }
        }
        case NORMAL -> {
          if (s.status() == Status.FIRING) {
            recover(f, s);
          } else if (s.status() == Status.SUSPECT) {
            stores.states().move(key, s, s.to(Status.QUIET, null, null, 0), now);
          }
        }
        case UNKNOWN -> {
          if (s.status() == Status.SUSPECT) {
            stores.states().move(key, s, s.to(Status.QUIET, null, null, 0), now);
          }
        }
      }
    }

    private void raise(Finding f, State s) {
      int seq = stores.deliveries().alertsOn(key, f.rule(), f.ad(), today) + 1;
      if (seq > MAX_A_DAY) {
        LOG.info("alert {} {} of {}: already {} today; not posted", f.rule(), f.ad(), key, MAX_A_DAY);
        stores.states().move(key, s, s.to(Status.FIRING, now, today, 0), now);
        return;
      }
      if (!stores.states().move(key, s, s.to(Status.FIRING, now, today, seq), now)) {
        LOG.info("alert {} {} of {}: another check raised it first", f.rule(), f.ad(), key);
        return;
      }
      AlertDeliveryLog.Key k = new AlertDeliveryLog.Key(key, f.rule(), f.ad(), today, seq, Kind.ALERT);
      for (Destination d : targets()) {
        deliver(k.with(Kind.ALERT, d), message(f, Kind.ALERT, d == Destination.SLACK ? rules.channelId() : null, null));
      }
    }

    /** Where a new alert goes: the rules' destinations that are set up; the Slack channel when none of them is. */
    private List<Destination> targets() {
      List<Destination> out = new ArrayList<>();
      if (rules.destinations().slack()) {
        out.add(Destination.SLACK);
      }
      if (rules.destinations().teams()) {
        if (teamsReady()) {
          out.add(Destination.TEAMS);
        } else {
          LOG.warn("alerts of {} are set to go to Teams, which is not connected", key);
        }
      }
      if (out.isEmpty()) {
        out.add(Destination.SLACK);
      }
      return out;
    }

    /** Whether the workspace has Teams connected (read once a check). */
    private boolean teamsReady() {
      if (teamsReady == null) {
        try {
          teamsReady = posting.teams().reaches(key);
        } catch (RuntimeException e) {
          LOG.warn("alerts of {}: Teams settings unreadable ({})", key, e.getClass().getSimpleName());
          teamsReady = false;
        }
      }
      return teamsReady;
    }

    private void recover(Finding f, State s) {
      if (!stores.states().move(key, s, s.to(Status.QUIET, null, null, 0), now)) {
        return;
      }
      if (s.alertSeq() == 0 || s.alertDay() == null) {
        return;
      }
      AlertDeliveryLog.Key alert = new AlertDeliveryLog.Key(key, f.rule(), f.ad(), s.alertDay(), s.alertSeq(),
          Kind.ALERT);
      for (Destination d : Destination.values()) {
        Optional<AlertMessage> reply = recoveryOf(f, alert.with(Kind.ALERT, d));
        if (reply.isPresent()) {
          deliver(alert.with(Kind.RECOVERY, d), reply.get());
        } else {
          LOG.info("alert {} {} of {} is back to normal; its alert was not posted to {}, so no reply there",
              f.rule(), f.ad(), key, d);
        }
      }
    }

    /**
     * The "back to normal" of an alert where it was posted: in its Slack thread, or a new Teams card (Teams still
     * connected); empty when that destination did not post the alert.
     */
    private Optional<AlertMessage> recoveryOf(Finding f, AlertDeliveryLog.Key alert) {
      Optional<Delivery> sent = stores.deliveries().find(alert);
      if (sent.isEmpty() || sent.get().state() != AlertDeliveryLog.State.POSTED) {
        return Optional.empty();
      }
      if (alert.destination() == Destination.TEAMS) {
        return teamsReady() ? Optional.of(message(f, Kind.RECOVERY, null, null)) : Optional.empty();
      }
      if (sent.get().messageTs() == null) {
        return Optional.empty();
      }
      return Optional.of(message(f, Kind.RECOVERY, sent.get().channelId(), sent.get().messageTs()));
    }

    /**
     * Posts again what an earlier check could not (RETRYABLE), within the alert's rules: an alert while its rule (and
     * ad) still fires in the same episode, a "back to normal" while the rule has not fired again; else it is given up.
     * Rows of rules this check did not judge wait.
     */
    private void retry(List<Delivery> pending, List<Finding> findings) {
      Map<String, Finding> byRule = new HashMap<>();
      for (Finding f : findings) {
        byRule.put(f.rule() + "/" + f.ad(), f);
      }
      Map<String, State> now = new HashMap<>();
      for (State s : stores.states().all(key)) {
        now.put(s.rule() + "/" + s.ad(), s);
      }
      Set<Destination> wanted = Set.copyOf(targets());
      for (Delivery d : pending) {
        AlertDeliveryLog.Key k = d.key();
        Finding f = byRule.get(k.rule() + "/" + k.ad());
        if (f == null) {
          continue;
        }
        State s = now.getOrDefault(k.rule() + "/" + k.ad(), State.quiet(k.rule(), k.ad()));
        boolean sameEpisode = s.status() == Status.FIRING && k.day().equals(s.alertDay()) && k.seq() == s.alertSeq();
        try {
          if (k.kind() == Kind.ALERT && sameEpisode && wanted.contains(k.destination())) {
            deliver(k, message(f, Kind.ALERT, d.channelId(), null));
          } else if (k.kind() == Kind.RECOVERY && s.status() != Status.FIRING) {
            recoveryOf(f, k.with(Kind.ALERT, k.destination())).ifPresentOrElse(m -> deliver(k, m),
                () -> giveUp(d, "its alert is not posted there"));
          } else {
            giveUp(d, k.kind() == Kind.ALERT ? "the rule cleared first" : "the rule fired again first");
          }
        } catch (RuntimeException e) {
          LOG.error("{} {} {} of {} to {}: posting again failed", k.kind(), k.rule(), k.ad(), key, k.destination(), e);
        }
      }
    }

    private void giveUp(Delivery d, String why) {
      AlertDeliveryLog.Key k = d.key();
      LOG.info("{} {} {} of {} to {}: not posted again, {}", k.kind(), k.rule(), k.ad(), key, k.destination(), why);
      stores.deliveries().mark(k, d.attempts(), AlertDeliveryLog.State.FAILED, null,
          (d.detail() == null ? "" : d.detail() + "; ") + why, clock.instant());
    }

    private AlertMessage message(Finding f, Kind kind, String channel, String threadTs) {
      String name = null;
      if (!f.ad().isEmpty()) {
        try {
          name = stores.choices().adNames(key).get(f.ad());
        } catch (RuntimeException e) {
          LOG.warn("alert of {}: ad names unreadable ({})", key, e.getClass().getSimpleName());
        }
      }
      return new AlertMessage(key, channel, kind, f.rule(), f.facts(), hours, name, threadTs, now);
    }

    /** Claims, posts to the key's destination (waiting out rate limits) and records one message; never throws. */
    private void deliver(AlertDeliveryLog.Key k, AlertMessage message) {
      try {
        deliverOnce(k, message);
      } catch (RuntimeException e) {
        LOG.error("{} {} {} of {} to {} failed", k.kind(), k.rule(), k.ad(), key, k.destination(), e);
      }
    }

    private void deliverOnce(AlertDeliveryLog.Key k, AlertMessage message) {
      AlertDeliveryLog log = stores.deliveries();
      String channel = message.channelId();
      AlertDeliveryLog.Claim claim = log.claim(k, channel, instance, now);
      if (!claim.claimed()) {
        LOG.info("{} {} {} of {} to {}: already claimed ({})", k.kind(), k.rule(), k.ad(), key, k.destination(),
            claim.state());
        return;
      }
      if (!log.startPosting(k, claim.attempts(), clock.instant())) {
        return;
      }
      AlertPostOutcome outcome = post(posting.to(k.destination()), message);
      AlertDeliveryLog.State state;
      String ts = null;
      String detail = null;
      if (outcome instanceof AlertPostOutcome.Posted p) {
        state = AlertDeliveryLog.State.POSTED;
        ts = p.ts();
        posted.add(k.kind() + " " + k.rule() + (k.ad().isEmpty() ? "" : " " + k.ad())
            + (k.destination() == Destination.TEAMS ? " to teams" : ""));
      } else if (outcome instanceof AlertPostOutcome.Unclear u) {
        state = AlertDeliveryLog.State.UNKNOWN;
        detail = u.detail();
      } else if (outcome instanceof AlertPostOutcome.RateLimited) {
        state = AlertDeliveryLog.State.RETRYABLE;
        detail = "ratelimited";
      } else if (outcome instanceof AlertPostOutcome.RetryLater r) {
        state = AlertDeliveryLog.State.RETRYABLE;
        detail = r.detail();
      } else {
        state = AlertDeliveryLog.State.FAILED;
        detail = ((AlertPostOutcome.Failed) outcome).error();
      }
      if (state == AlertDeliveryLog.State.RETRYABLE && claim.attempts() >= MAX_TRIES) {
        state = AlertDeliveryLog.State.FAILED;
        detail = detail + "; " + claim.attempts() + " tries";
      }
      LOG.info("{} {} {} of {} to {}: {}{}", k.kind(), k.rule(), k.ad(), key,
          k.destination() == Destination.TEAMS ? "Teams" : channel, state, detail == null ? "" : " (" + detail + ")");
      log.mark(k, claim.attempts(), state, ts, detail, clock.instant());
    }

    private AlertPostOutcome post(AlertPoster poster, AlertMessage message) {
      for (int tries = 0; ; tries++) {
        AlertPostOutcome outcome;
        try {
          outcome = poster.post(message);
        } catch (RuntimeException e) {
          LOG.error("alert of {}: posting threw", key, e);
          return new AlertPostOutcome.Unclear(e.getClass().getSimpleName());
        }
        if (outcome == null) {
          return new AlertPostOutcome.Unclear("no answer");
        }
        if (!(outcome instanceof AlertPostOutcome.RateLimited r) || tries >= posting.retries()
            || r.retryAfter().compareTo(posting.maxWait()) > 0) {
          return outcome;
        }
        try {
          posting.sleeper().sleep(r.retryAfter().isNegative() ? Duration.ZERO : r.retryAfter());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return outcome;
        }
      }
    }

    private CheckResult result(CheckResult.Outcome outcome) {
      return new CheckResult(key, outcome, posted);
    }
  }
}
