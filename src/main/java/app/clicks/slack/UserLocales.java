package app.clicks.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Slack locale of users: slash command payloads do not carry it, so it is asked with users.info
 * (include_locale) off the acknowledgement path and remembered for a while; the acknowledgement uses what is
 * remembered, else the workspace's language.
 */
public final class UserLocales {
  private static final Logger log = LoggerFactory.getLogger(UserLocales.class);
  private static final Duration KEEP = Duration.ofHours(6);

  private record Known(Locale locale, Instant until) {}

  private final Map<String, Known> known = new ConcurrentHashMap<>();
  private final Clock clock;

  public UserLocales(Clock clock) {
    this.clock = clock;
  }

  /** The remembered locale of {@code userId}, without calling Slack. */
  public Optional<Locale> cached(String teamId, String userId) {
    Known k = known.get(teamId + ":" + userId);
    return k != null && clock.instant().isBefore(k.until) ? Optional.of(k.locale) : Optional.empty();
  }

  /** The locale of {@code userId}: remembered, or asked with users.info; empty when Slack does not say. */
  public Optional<Locale> lookup(MethodsClient client, String teamId, String userId) {
    Optional<Locale> hit = cached(teamId, userId);
    if (hit.isPresent()) {
      return hit;
    }
    try {
      UsersInfoResponse r = client.usersInfo(q -> q.user(userId).includeLocale(true));
      if (!r.isOk() || r.getUser() == null || r.getUser().getLocale() == null) {
        log.info("users.info gave no locale for team={} user={} ({})", teamId, userId, r.getError());
        return Optional.empty();
      }
      Locale locale = Texts.parseLocale(r.getUser().getLocale());
      known.put(teamId + ":" + userId, new Known(locale, clock.instant().plus(KEEP)));
      return Optional.of(locale);
    } catch (Exception e) {
      log.info("users.info failed for team={} user={}: {}", teamId, userId, e.getClass().getSimpleName());
      return Optional.empty();
    }
  }
}
