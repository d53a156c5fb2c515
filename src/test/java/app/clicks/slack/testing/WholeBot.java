package app.clicks.slack.testing;

import app.clicks.Application;
import app.clicks.config.AppConfig;
import app.clicks.slack.runtime.SlackBot;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The whole bot as Main starts it (Application, from an environment and a clock), for the end-to-end tests, with
 * HTTP to it as a browser and Slack send it: signed Slack requests, plain GETs.
 */
public final class WholeBot {
  private final SlackBot.Running running;
  private final SignedPosts posts;

  private WholeBot(SlackBot.Running running, String signingSecret) {
    this.running = running;
    this.posts = new SignedPosts(new SignedRequests(signingSecret, url("/slack/events")));
  }

  /** What every whole-bot test's environment holds: the signing secret, Slack at the stand-in, a free port, DATA_DIR. */
  public static Map<String, String> env(String signingSecret, SlackStandIn slack, Path dataDir) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("SLACK_SIGNING_SECRET", signingSecret);
    env.put("SLACK_API_URL", slack.apiUrl());
    env.put("PORT", "0");
    env.put("DATA_DIR", dataDir.toString());
    return env;
  }

  /** Starts the bot as Main does, through Application. */
  public static WholeBot start(Map<String, String> env, Clock clock) throws Exception {
    return new WholeBot(Application.start(AppConfig.from(env), clock), env.get("SLACK_SIGNING_SECRET"));
  }

  /** What Slack posts to the bot, signed. */
  public SignedPosts posts() {
    return posts;
  }

  public URI url(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + running.port() + pathAndQuery);
  }

  /** A browser's GET, with {@code cookie} (name=value) when it is not null. */
  public HttpResponse<String> get(String pathAndQuery, String cookie) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(url(pathAndQuery)).GET();
    if (cookie != null) {
      b.header("Cookie", cookie);
    }
    return posts.send(b.build());
  }

  /** Shuts the bot down as Main's shutdown hook does. */
  public void stop() {
    running.shutdown().run();
  }
}
