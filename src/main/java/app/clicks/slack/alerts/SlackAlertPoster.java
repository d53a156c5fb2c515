package app.clicks.slack.alerts;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.alerts.AlertMessage;
import app.clicks.alerts.AlertPostOutcome;
import app.clicks.alerts.AlertPoster;
import app.clicks.settings.SettingsStore;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.Texts;
import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.chat.ChatPostMessageResponse;
import com.slack.api.model.block.LayoutBlock;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts alerts with chat.postMessage as the bot, in the workspace's language; a "back to normal" goes in the alert's
 * thread. It says what Slack did: posted, rate limited (Retry-After), unclear (no answer after sending), or refused.
 */
final class SlackAlertPoster implements AlertPoster {
  private static final Logger LOG = LoggerFactory.getLogger(SlackAlertPoster.class);
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final MethodsClient client;
  private final SettingsStore settings;
  private final BotTokens tokens;

  SlackAlertPoster(MethodsClient client, SettingsStore settings, BotTokens tokens) {
    this.client = client;
    this.settings = settings;
    this.tokens = tokens;
  }

  /** A poster that posts to each workspace with that workspace's bot token (one token with one workspace). */
  static SlackAlertPoster create(BotTokens tokens, String apiUrl, Duration timeout, SettingsStore settings) {
    return new SlackAlertPoster(BoltApps.methods(null, apiUrl, timeout), settings, tokens);
  }

  /** The blocks of a message (pure): the headline, its facts, and the hint to /clicks today. */
  static List<LayoutBlock> blocks(AlertText.Lines lines) {
    List<LayoutBlock> blocks = new ArrayList<>();
    StringBuilder text = new StringBuilder(lines.headline());
    for (String line : lines.body()) {
      text.append('\n').append(line);
    }
    blocks.add(section(s -> s.text(markdownText(text.toString()))));
    if (lines.hint() != null) {
      blocks.add(context(List.of(markdownText(lines.hint()))));
    }
    return blocks;
  }

  @Override
  public AlertPostOutcome post(AlertMessage m) {
    Locale locale;
    try {
      locale = Texts.language(settings.find(m.workspace()));
    } catch (RuntimeException e) {
      locale = Locale.ENGLISH;
    }
    AlertText.Lines lines = AlertText.of(m, AlertsTexts.of(locale));
    List<LayoutBlock> blocks = blocks(lines);
    String token = tokens.find(m.workspace()).orElse(null);
    if (token == null) {
      LOG.warn("alert for {} to {}: the app is not installed there", m.workspace(), m.channelId());
      return new AlertPostOutcome.Failed("not_installed");
    }
    try {
      ChatPostMessageResponse r = client.chatPostMessage(q -> q.token(token).channel(m.channelId()).text(lines.headline())
          .blocks(blocks).threadTs(m.threadTs()));
      if (r.isOk()) {
        return new AlertPostOutcome.Posted(r.getTs());
      }
      LOG.warn("alert for {} to {}: {}", m.workspace(), m.channelId(), r.getError());
      return "ratelimited".equals(r.getError()) ? new AlertPostOutcome.RateLimited(Duration.ofSeconds(1))
          : new AlertPostOutcome.Failed(r.getError() == null ? "unknown" : r.getError());
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      if (status == 429) {
        return new AlertPostOutcome.RateLimited(retryAfter(e.getResponse().header("Retry-After")));
      }
      LOG.warn("alert for {} to {}: HTTP {}", m.workspace(), m.channelId(), status);
      return status >= 500 ? new AlertPostOutcome.Unclear("http_" + status)
          : new AlertPostOutcome.Failed("http_" + status);
    } catch (ConnectException | UnknownHostException e) {
      return new AlertPostOutcome.Failed("unreachable");
    } catch (IOException e) {
      LOG.warn("alert for {} to {}: no answer ({})", m.workspace(), m.channelId(), e.getClass().getSimpleName());
      return new AlertPostOutcome.Unclear(e.getClass().getSimpleName());
    }
  }

  /** Slack's Retry-After in seconds; 1 s when it is missing or unreadable. */
  static Duration retryAfter(String header) {
    try {
      return Duration.ofSeconds(Math.max(0, Long.parseLong(header == null ? "" : header.trim())));
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(1);
    }
  }
}
