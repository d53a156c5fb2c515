package app.clicks.slack.files;

import app.clicks.slack.files.FileOutcome.Step;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.SlackApiTextResponse;
import com.slack.api.methods.request.files.FilesCompleteUploadExternalRequest.FileDetails;
import com.slack.api.methods.response.conversations.ConversationsInfoResponse;
import com.slack.api.methods.response.conversations.ConversationsOpenResponse;
import com.slack.api.methods.response.files.FilesGetUploadURLExternalResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts files into Slack conversations with the current flow: files.getUploadURLExternal (name and length up front),
 * the bytes POSTed to the upload URL as a stream (java.net.http: Bolt's filesUploadV2 would read a whole file into
 * memory), then files.completeUploadExternal into a channel or thread. Also joins public channels, opens DMs and
 * tells whether the bot is a member, which an upload into a channel needs (unlike chat.postMessage).
 *
 * <p>Every call answers a {@link FileOutcome}; none throws. Nothing here waits out a rate limit: the caller decides
 * (the digest waits within its retry policy). The upload URL is signed and works without a token, so it is never
 * logged, nor is any response object that holds it. Thread-safe.
 */
public final class SlackFiles {
  private static final Logger LOG = LoggerFactory.getLogger(SlackFiles.class);
  /** How long the bytes of a file may take to reach Slack (a 0.5 GB CSV on a slow link). */
  public static final Duration UPLOAD_TIMEOUT = Duration.ofMinutes(10);

  private final MethodsClient client;
  private final HttpClient http;
  private final Duration uploadTimeout;

  SlackFiles(MethodsClient client, HttpClient http, Duration uploadTimeout) {
    this.client = client;
    this.http = http;
    this.uploadTimeout = uploadTimeout;
  }

  /** One HTTP client for the bytes of every interactive upload (it holds threads: not one per request). */
  private static final class Shared {
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /** Files through a request's Web API client, with the shared HTTP client and {@link #UPLOAD_TIMEOUT}. */
  public static SlackFiles of(MethodsClient client) {
    return new SlackFiles(client, Shared.HTTP, UPLOAD_TIMEOUT);
  }

  /** Files through {@code client} (the bot's Web API client), the bytes sent within {@code uploadTimeout}. */
  public static SlackFiles of(MethodsClient client, Duration uploadTimeout) {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NEVER).build();
    return new SlackFiles(client, http, uploadTimeout);
  }

  /** Uploads {@code u} and shares it into its channel (and thread): the file's id when it went. */
  public FileOutcome upload(FileUpload u) {
    if (u.body().length() <= 0 || u.body().length() > Integer.MAX_VALUE) {
      return new FileOutcome.Failed(Step.GET_UPLOAD_URL, "bad_length", false);
    }
    FilesGetUploadURLExternalResponse url;
    try {
      url = client.filesGetUploadURLExternal(r -> r.filename(u.filename()).length((int) u.body().length()));
    } catch (Exception e) {
      return thrown(Step.GET_UPLOAD_URL, u.channelId(), e);
    }
    if (!url.isOk() || url.getUploadUrl() == null || url.getFileId() == null) {
      return refused(Step.GET_UPLOAD_URL, u.channelId(), url.isOk() ? "no_upload_url" : url.getError(),
          url.getNeeded());
    }
    FileOutcome sent = send(url.getUploadUrl(), u);
    if (sent != null) {
      return sent;
    }
    if (!u.beforeSharing().getAsBoolean()) {
      LOG.info("file {} for {}: not shared (stopped before completeUploadExternal)", url.getFileId(), u.channelId());
      return new FileOutcome.Failed(Step.COMPLETE, "stopped", false);
    }
    String fileId = url.getFileId();
    try {
      var done = client.filesCompleteUploadExternal(r -> r.files(List.of(new FileDetails(fileId, u.title())))
          .channelId(u.channelId()).threadTs(u.threadTs()).initialComment(u.comment()));
      if (done.isOk()) {
        LOG.info("file {} ({} bytes) shared into {}{}", fileId, u.body().length(), u.channelId(),
            u.threadTs() == null ? "" : " thread " + u.threadTs());
        return new FileOutcome.Ok(fileId);
      }
      return refused(Step.COMPLETE, u.channelId(), done.getError(), done.getNeeded());
    } catch (Exception e) {
      return thrown(Step.COMPLETE, u.channelId(), e);
    }
  }

  /** conversations.join: the bot joins public channel {@code channelId} (scope channels:join). */
  public FileOutcome join(String channelId) {
    return call(Step.JOIN, channelId, c -> {
      try {
        return c.conversationsJoin(r -> r.channel(channelId));
      } catch (IOException | SlackApiException e) {
        throw new Thrown(e);
      }
    }, r -> channelId);
  }

  /** conversations.open: the DM of the bot with {@code userId} (scope im:write); its channel id. */
  public FileOutcome openDm(String userId) {
    return call(Step.OPEN, userId, c -> {
      try {
        return c.conversationsOpen(r -> r.users(List.of(userId)));
      } catch (IOException | SlackApiException e) {
        throw new Thrown(e);
      }
    }, r -> ((ConversationsOpenResponse) r).getChannel() == null ? null
        : ((ConversationsOpenResponse) r).getChannel().getId());
  }

  /**
   * conversations.info: {@link FileOutcome.Ok} when the bot is a member of {@code channelId} (or it is a DM or
   * group DM, where a file can go), {@link FileOutcome.NotInChannel} when it is not.
   */
  public FileOutcome membership(String channelId) {
    FileOutcome info = call(Step.INFO, channelId, c -> {
      try {
        return c.conversationsInfo(r -> r.channel(channelId));
      } catch (IOException | SlackApiException e) {
        throw new Thrown(e);
      }
    }, r -> {
      var ch = ((ConversationsInfoResponse) r).getChannel();
      if (ch == null) {
        return null;
      }
      return ch.isMember() || ch.isIm() || ch.isMpim() ? channelId : "";
    });
    if (info instanceof FileOutcome.Ok ok && ok.id().isEmpty()) {
      return new FileOutcome.NotInChannel(Step.INFO);
    }
    return info;
  }

  /** Sends the bytes to the upload URL; null when Slack took them. */
  private FileOutcome send(String uploadUrl, FileUpload u) {
    HttpRequest request;
    try {
      request = HttpRequest.newBuilder(URI.create(uploadUrl)).timeout(uploadTimeout)
          .header("Content-Type", "application/octet-stream")
          .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> {
            try {
              return u.body().opener().open();
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          }), u.body().length()))
          .build();
    } catch (IllegalArgumentException e) {
      LOG.warn("upload of {} to {}: Slack gave an unusable upload URL", u.filename(), u.channelId());
      return new FileOutcome.Failed(Step.UPLOAD, "bad_upload_url", false);
    }
    try {
      HttpResponse<Void> r = http.send(request, HttpResponse.BodyHandlers.discarding());
      if (r.statusCode() == 200) {
        return null;
      }
      if (r.statusCode() == 429) {
        Duration wait = retryAfter(r.headers().firstValue("Retry-After").orElse(null));
        LOG.info("upload of {} to {}: rate limited, Retry-After {} s", u.filename(), u.channelId(), wait.toSeconds());
        return new FileOutcome.RateLimited(Step.UPLOAD, wait);
      }
      LOG.warn("upload of {} to {}: HTTP {}", u.filename(), u.channelId(), r.statusCode());
      return new FileOutcome.Failed(Step.UPLOAD, "http_" + r.statusCode(), false);
    } catch (IOException | UncheckedIOException e) {
      LOG.warn("upload of {} to {}: the bytes did not go ({})", u.filename(), u.channelId(),
          e.getClass().getSimpleName());
      return new FileOutcome.Failed(Step.UPLOAD, e.getClass().getSimpleName(), false);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FileOutcome.Failed(Step.UPLOAD, "interrupted", false);
    }
  }

  /** A Web API call made through Bolt, its response read by {@code id} (null: a malformed answer). */
  private FileOutcome call(Step step, String target, Function<MethodsClient, SlackApiTextResponse> call,
      Function<SlackApiTextResponse, String> id) {
    SlackApiTextResponse r;
    try {
      r = call.apply(client);
    } catch (Thrown t) {
      return thrown(step, target, t.cause);
    } catch (RuntimeException e) {
      return thrown(step, target, e);
    }
    if (!r.isOk()) {
      return refused(step, target, r.getError(), r.getNeeded());
    }
    String value = id.apply(r);
    return value == null ? new FileOutcome.Failed(step, "malformed_answer", false) : new FileOutcome.Ok(value);
  }

  private static FileOutcome refused(Step step, String target, String error, String needed) {
    LOG.warn("{} for {}: {}{}", method(step), target, error, needed == null ? "" : " (needs " + needed + ")");
    if (error == null) {
      return new FileOutcome.Failed(step, "unknown", false);
    }
    return switch (error) {
      case "missing_scope", "not_allowed_token_type" -> new FileOutcome.MissingScope(step,
          needed == null ? neededBy(step) : needed);
      case "not_in_channel" -> new FileOutcome.NotInChannel(step);
      case "ratelimited" -> new FileOutcome.RateLimited(step, Duration.ofSeconds(1));
      default -> new FileOutcome.Failed(step, error, false);
    };
  }

  private static FileOutcome thrown(Step step, String target, Exception e) {
    if (e instanceof SlackApiException s) {
      int status = s.getResponse().code();
      if (status == 429) {
        Duration wait = retryAfter(s.getResponse().header("Retry-After"));
        LOG.info("{} for {}: rate limited, Retry-After {} s", method(step), target, wait.toSeconds());
        return new FileOutcome.RateLimited(step, wait);
      }
      LOG.warn("{} for {}: HTTP {}", method(step), target, status);
      return new FileOutcome.Failed(step, "http_" + status, step == Step.COMPLETE && status >= 500);
    }
    if (e instanceof ConnectException || e instanceof UnknownHostException) {
      LOG.warn("{} for {}: Slack unreachable ({})", method(step), target, e.getClass().getSimpleName());
      return new FileOutcome.Failed(step, "unreachable", false);
    }
    LOG.warn("{} for {}: no answer ({})", method(step), target, e.getClass().getSimpleName());
    return new FileOutcome.Failed(step, e.getClass().getSimpleName(), step == Step.COMPLETE);
  }

  /** The scope a step needs, when Slack did not say. */
  static String neededBy(Step step) {
    return switch (step) {
      case JOIN -> "channels:join";
      case OPEN -> "im:write";
      case INFO -> "channels:read";
      case GET_UPLOAD_URL, UPLOAD, COMPLETE -> "files:write";
    };
  }

  private static String method(Step step) {
    return switch (step) {
      case JOIN -> "conversations.join";
      case OPEN -> "conversations.open";
      case INFO -> "conversations.info";
      case GET_UPLOAD_URL -> "files.getUploadURLExternal";
      case UPLOAD -> "the upload";
      case COMPLETE -> "files.completeUploadExternal";
    };
  }

  /** Slack's Retry-After in seconds; 1 s when it is missing or unreadable. */
  static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "" : header.trim().toLowerCase(
          Locale.ROOT))));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }

  /** A checked failure of a Bolt call, carried out of a lambda. */
  private static final class Thrown extends RuntimeException {
    private final Exception cause;

    Thrown(Exception cause) {
      super(null, null, false, false);
      this.cause = cause;
    }
  }
}
