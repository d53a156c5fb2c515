package app.clicks.slack.common;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bot's one users.info cache: looks users up (with their locale) and decides who is an admin (workspace admins
 * and owners, plus ADMIN_USER_IDS). An answer is trusted for {@link #ADMIN_TTL} where it decides a right, and for
 * {@link #LOCALE_TTL} where it only picks a language (slash command payloads carry no locale, so /clicks asks it off
 * the acknowledgement path and the acknowledgement uses what is remembered). Failed look-ups are not cached and count
 * as "not an admin".
 */
public final class SlackUsers {
  /** How long a users.info answer decides whether someone is an admin. */
  public static final Duration ADMIN_TTL = Duration.ofSeconds(60);
  /** How long a users.info answer gives someone's language. */
  public static final Duration LOCALE_TTL = Duration.ofHours(6);
  private static final Logger LOG = LoggerFactory.getLogger(SlackUsers.class);

  private record Cached(SlackUser user, Instant at) {}

  private final Set<String> extraAdmins;
  private final Clock clock;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /** @param extraAdmins ADMIN_USER_IDS: users who are admins besides the workspace's admins and owners */
  public SlackUsers(Set<String> extraAdmins, Clock clock) {
    this.extraAdmins = Set.copyOf(extraAdmins);
    this.clock = clock;
  }

  /** The user {@code userId}, from the cache (at most {@link #ADMIN_TTL} old) or users.info. */
  public SlackUser lookup(MethodsClient client, String userId) {
    Cached hit = cache.get(userId);
    if (hit != null && clock.instant().isBefore(hit.at().plus(ADMIN_TTL))) {
      return hit.user();
    }
    return ask(client, userId);
  }

  /** The Slack locale of {@code userId}: remembered, or asked with users.info; empty when Slack does not say. */
  public Optional<Locale> locale(MethodsClient client, String userId) {
    Optional<Locale> hit = cachedLocale(userId);
    return hit.isPresent() ? hit : ask(client, userId).locale();
  }

  /** The remembered locale of {@code userId} (at most {@link #LOCALE_TTL} old), without calling Slack. */
  public Optional<Locale> cachedLocale(String userId) {
    Cached hit = cache.get(userId);
    return hit != null && clock.instant().isBefore(hit.at().plus(LOCALE_TTL)) ? hit.user().locale() : Optional.empty();
  }

  private SlackUser ask(MethodsClient client, String userId) {
    boolean extra = extraAdmins.contains(userId);
    try {
      UsersInfoResponse r = client.usersInfo(q -> q.user(userId).includeLocale(true));
      if (!r.isOk() || r.getUser() == null) {
        LOG.warn("users.info for {} failed: {}", userId, r.getError());
        return new SlackUser(userId, extra, Optional.empty());
      }
      boolean admin = extra || r.getUser().isAdmin() || r.getUser().isOwner() || r.getUser().isPrimaryOwner();
      String tag = r.getUser().getLocale();
      Optional<Locale> locale = tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Texts.parseLocale(tag));
      SlackUser user = new SlackUser(userId, admin, locale);
      cache.put(userId, new Cached(user, clock.instant()));
      return user;
    } catch (Exception e) {
      LOG.warn("users.info for {} failed: {}", userId, e.toString());
      return new SlackUser(userId, extra, Optional.empty());
    }
  }
}
