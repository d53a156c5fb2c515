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
 * Looks users up with users.info (with their locale) and decides who is an admin: workspace admins and owners,
 * plus ADMIN_USER_IDS. Answers are cached briefly; failed look-ups are not cached and count as "not an admin".
 */
public final class SlackUsers {
  private static final Logger LOG = LoggerFactory.getLogger(SlackUsers.class);

  private record Cached(SlackUser user, Instant until) {}

  private final Set<String> extraAdmins;
  private final Clock clock;
  private final Duration ttl;
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  public SlackUsers(Set<String> extraAdmins, Clock clock, Duration ttl) {
    this.extraAdmins = Set.copyOf(extraAdmins);
    this.clock = clock;
    this.ttl = ttl;
  }

  /** The user {@code userId}, from the cache or users.info. */
  public SlackUser lookup(MethodsClient client, String userId) {
    Instant now = clock.instant();
    Cached hit = cache.get(userId);
    if (hit != null && now.isBefore(hit.until())) {
      return hit.user();
    }
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
      cache.put(userId, new Cached(user, now.plus(ttl)));
      return user;
    } catch (Exception e) {
      LOG.warn("users.info for {} failed: {}", userId, e.toString());
      return new SlackUser(userId, extra, Optional.empty());
    }
  }
}
