package app.clicks.slack.common;

import app.clicks.settings.WorkspaceKey;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.response.users.UsersInfoResponse;
import com.slack.api.model.User;
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
 * and owners, plus ADMIN_USER_IDS: {@code TEAM:USER} for that workspace only, a bare user id in every workspace, which
 * config allows only when the deployment serves one). Users are cached per workspace. An answer is trusted for {@link #ADMIN_TTL} where it decides a right, and for
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

  private record TimedLocale(Optional<Locale> locale, Instant at) {}

  private final Set<String> extraAdmins;
  private final Clock clock;
  /** Users by workspace and id: whether someone is an admin depends on the workspace. */
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();
  /** Languages by user id (a person's, whatever the workspace). */
  private final Map<String, TimedLocale> locales = new ConcurrentHashMap<>();

  /**
   * @param extraAdmins ADMIN_USER_IDS: users who are admins besides the workspace's admins and owners, each
   *     {@code TEAM:USER} (in that workspace) or a bare user id (in any: single-workspace mode only, see config)
   */
  public SlackUsers(Set<String> extraAdmins, Clock clock) {
    this.extraAdmins = Set.copyOf(extraAdmins);
    this.clock = clock;
  }

  /** The user {@code userId} of workspace {@code key}, from the cache (at most {@link #ADMIN_TTL} old) or users.info. */
  public SlackUser lookup(MethodsClient client, WorkspaceKey key, String userId) {
    Cached hit = cache.get(cacheKey(key, userId));
    if (hit != null && clock.instant().isBefore(hit.at().plus(ADMIN_TTL))) {
      return hit.user();
    }
    return ask(client, key, userId);
  }

  /** Whether ADMIN_USER_IDS names {@code userId} in workspace {@code key}. */
  boolean extraAdmin(WorkspaceKey key, String userId) {
    return extraAdmins.contains(userId) || extraAdmins.contains(key.teamId() + ":" + userId);
  }

  private static String cacheKey(WorkspaceKey key, String userId) {
    return key + ":" + userId;
  }

  /** The Slack locale of {@code userId}: remembered, or asked with users.info; empty when Slack does not say. */
  public Optional<Locale> locale(MethodsClient client, String userId) {
    Optional<Locale> hit = cachedLocale(userId);
    return hit.isPresent() ? hit : info(client, userId).map(u -> rememberLocale(userId, u)).orElse(Optional.empty());
  }

  /** The remembered locale of {@code userId} (at most {@link #LOCALE_TTL} old), without calling Slack. */
  public Optional<Locale> cachedLocale(String userId) {
    TimedLocale hit = locales.get(userId);
    return hit != null && clock.instant().isBefore(hit.at().plus(LOCALE_TTL)) ? hit.locale() : Optional.empty();
  }

  private SlackUser ask(MethodsClient client, WorkspaceKey key, String userId) {
    boolean extra = extraAdmin(key, userId);
    Optional<User> found = info(client, userId);
    if (found.isEmpty()) {
      return new SlackUser(userId, extra, Optional.empty());
    }
    User u = found.get();
    boolean admin = extra || u.isAdmin() || u.isOwner() || u.isPrimaryOwner();
    SlackUser user = new SlackUser(userId, admin, rememberLocale(userId, u));
    cache.put(cacheKey(key, userId), new Cached(user, clock.instant()));
    return user;
  }

  /** users.info for {@code userId}; empty (and not cached) when it fails. */
  private Optional<User> info(MethodsClient client, String userId) {
    try {
      UsersInfoResponse r = client.usersInfo(q -> q.user(userId).includeLocale(true));
      if (!r.isOk() || r.getUser() == null) {
        LOG.warn("users.info for {} failed: {}", userId, r.getError());
        return Optional.empty();
      }
      return Optional.of(r.getUser());
    } catch (Exception e) {
      LOG.warn("users.info for {} failed: {}", userId, e.toString());
      return Optional.empty();
    }
  }

  private Optional<Locale> rememberLocale(String userId, User u) {
    String tag = u.getLocale();
    Optional<Locale> locale = tag == null || tag.isBlank() ? Optional.empty() : Optional.of(Texts.parseLocale(tag));
    locales.put(userId, new TimedLocale(locale, clock.instant()));
    return locale;
  }
}
