package app.clicks.alerts;

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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one workspace's rules, without Quartz: within business hours, syncs the open day through the click store
 * (at most one wolkvox request, none while the day is fresh; counted with the alerts' share of the budget), judges
 * the rules, and moves each rule's state: silence seen once is only suspected, seen twice in a row it is raised; a
 * rule raised posts one alert, and "back to normal" in its thread once it clears; at most {@link #MAX_A_DAY} alerts a
 * rule (and ad) a day. Each post is claimed in the delivery log first, so that it goes out at most once across
 * instances. A check that cannot read wolkvox judges nothing (no data is not zero clicks).
 */
public final class AlertChecker {
  private static final Logger LOG = LoggerFactory.getLogger(AlertChecker.class);
  /** Alerts of one rule (and ad) a day at most. */
  public static final int MAX_A_DAY = 3;
  /** Failed checks in a row after which the Home tab tells the admins. */
  public static final int FAILURES_TO_TELL = 3;

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

  /** How posting waits out rate limits: at most {@code retries} waits of at most {@code maxWait} each. */
  public record Posting(AlertPoster poster, Sleeper sleeper, int retries, Duration maxWait) {}

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
      judge(AlertRules.evaluate(rules, zone, clicks, now), states);
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
      deliver(k, rules.channelId(), message(f, Kind.ALERT, rules.channelId(), null));
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
      Optional<AlertDeliveryLog.Delivery> sent = stores.deliveries().find(alert);
      if (sent.isEmpty() || sent.get().state() != AlertDeliveryLog.State.POSTED || sent.get().messageTs() == null) {
        LOG.info("alert {} {} of {} is back to normal; its alert was not posted, so no reply", f.rule(), f.ad(), key);
        return;
      }
      AlertDeliveryLog.Key k = new AlertDeliveryLog.Key(key, f.rule(), f.ad(), s.alertDay(), s.alertSeq(),
          Kind.RECOVERY);
      String channel = sent.get().channelId();
      deliver(k, channel, message(f, Kind.RECOVERY, channel, sent.get().messageTs()));
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

    /** Claims, posts (waiting out rate limits) and records one message. */
    private void deliver(AlertDeliveryLog.Key k, String channel, AlertMessage message) {
      AlertDeliveryLog log = stores.deliveries();
      AlertDeliveryLog.Claim claim = log.claim(k, channel, instance, now);
      if (!claim.claimed()) {
        LOG.info("{} {} {} of {}: already claimed ({})", k.kind(), k.rule(), k.ad(), key, claim.state());
        return;
      }
      if (!log.startPosting(k, claim.attempts(), clock.instant())) {
        return;
      }
      AlertPostOutcome outcome = post(message);
      AlertDeliveryLog.State state;
      String ts = null;
      String detail = null;
      if (outcome instanceof AlertPostOutcome.Posted p) {
        state = AlertDeliveryLog.State.POSTED;
        ts = p.ts();
        posted.add(k.kind() + " " + k.rule() + (k.ad().isEmpty() ? "" : " " + k.ad()));
      } else if (outcome instanceof AlertPostOutcome.Unclear u) {
        state = AlertDeliveryLog.State.UNKNOWN;
        detail = u.detail();
      } else if (outcome instanceof AlertPostOutcome.RateLimited) {
        state = AlertDeliveryLog.State.FAILED;
        detail = "ratelimited";
      } else {
        state = AlertDeliveryLog.State.FAILED;
        detail = ((AlertPostOutcome.Failed) outcome).error();
      }
      LOG.info("{} {} {} of {} to {}: {}{}", k.kind(), k.rule(), k.ad(), key, channel, state,
          detail == null ? "" : " (" + detail + ")");
      log.mark(k, claim.attempts(), state, ts, detail, clock.instant());
    }

    private AlertPostOutcome post(AlertMessage message) {
      for (int tries = 0; ; tries++) {
        AlertPostOutcome outcome;
        try {
          outcome = posting.poster().post(message);
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
