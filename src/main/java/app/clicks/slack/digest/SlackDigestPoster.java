package app.clicks.slack.digest;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import app.clicks.chart.ChartRenderer;
import app.clicks.digest.DigestChart;
import app.clicks.digest.DigestMessage;
import app.clicks.digest.DigestNote;
import app.clicks.digest.DigestPoster;
import app.clicks.digest.PostOutcome;
import app.clicks.report.Summaries;
import app.clicks.report.Summary;
import app.clicks.settings.SettingsStore;
import app.clicks.settings.WorkspaceKey;
import app.clicks.slack.common.BlockMessage;
import app.clicks.slack.common.BoltApps;
import app.clicks.slack.common.BotTokens;
import app.clicks.slack.common.FileTexts;
import app.clicks.slack.common.SummaryBlocks;
import app.clicks.slack.common.Texts;
import app.clicks.slack.files.FileBody;
import app.clicks.slack.files.FileOutcome;
import app.clicks.slack.files.FileUpload;
import app.clicks.slack.files.SlackFiles;
import app.clicks.store.StoredTotals;
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
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts digests and notes with chat.postMessage as the bot, in the workspace's language, and tells the digest what
 * Slack did: posted, not in the channel, channel gone, rate limited (Retry-After), unclear (no answer after sending),
 * or another error. The digest's chart goes as a PNG file into the digest's thread (joining a public channel first:
 * an upload needs membership, unlike chat.postMessage with chat:write.public).
 */
final class SlackDigestPoster implements DigestPoster {
  private static final Logger LOG = LoggerFactory.getLogger(SlackDigestPoster.class);
  /** How long chat.postMessage may take before its outcome counts as unclear. */
  static final Duration TIMEOUT = Duration.ofSeconds(15);

  private final MethodsClient client;
  private final SettingsStore settings;
  private final BotTokens tokens;
  /** The file uploads of a workspace, made with its bot token (multi-workspace mode has no one token). */
  private final Function<String, SlackFiles> files;
  private final ChartRenderer charts;

  SlackDigestPoster(MethodsClient client, SettingsStore settings, BotTokens tokens,
      Function<String, SlackFiles> files, ChartRenderer charts) {
    this.client = client;
    this.settings = settings;
    this.tokens = tokens;
    this.files = files;
    this.charts = charts;
  }

  /** A poster with its own Web API client for {@code botToken} at {@code apiUrl}, giving up after {@code timeout}. */
  static SlackDigestPoster create(String botToken, String apiUrl, Duration timeout, SettingsStore settings) {
    return create(BotTokens.single(botToken), apiUrl, timeout, settings);
  }

  /** A poster that posts to each workspace with that workspace's bot token. */
  static SlackDigestPoster create(BotTokens tokens, String apiUrl, Duration timeout, SettingsStore settings) {
    return new SlackDigestPoster(BoltApps.methods(null, apiUrl, timeout), settings, tokens,
        token -> SlackFiles.of(BoltApps.methods(token, apiUrl, timeout), SlackFiles.UPLOAD_TIMEOUT),
        new ChartRenderer());
  }

  @Override
  public PostOutcome postDigest(DigestMessage m) {
    Locale locale = language(m.workspace());
    Texts digest = DigestTexts.of(locale);
    Summary summary = summary(m);
    String header = DigestTexts.header(m, digest);
    BlockMessage rendered = SummaryBlocks.render(summary, Texts.of("clicks", locale), header);
    List<LayoutBlock> blocks = new ArrayList<>(rendered.blocks());
    if (m.sendNow()) {
      blocks.add(context(List.of(markdownText(digest.get("digest.sentNow")))));
    }
    return post(m.workspace(), m.channelId(), rendered.text(), blocks);
  }

  private static Summary summary(DigestMessage m) {
    StoredTotals totals = m.totals();
    return Summaries.of(m.periods(), totals.current(), totals.previous(), SummaryBlocks.DEFAULT_TOP,
        new Summary.DataNote(totals.fetchedAt(), totals.storeOnly(), totals.source()), m.context());
  }

  /**
   * Draws the digest's chart and shares it into the digest's thread. A channel the bot can join is joined first (a
   * private one answers an error: there the bot is a member already, or the digest itself would have failed).
   */
  @Override
  public PostOutcome postChart(DigestChart chart) {
    DigestMessage m = chart.digest();
    Locale locale = language(m.workspace());
    Optional<byte[]> png = charts.render(summary(m), FileTexts.chartLabels(m.periods().current(), locale));
    if (png.isEmpty()) {
      return new PostOutcome.OtherFailure("no_chart");
    }
    String token = tokens.find(m.workspace()).orElse(null);
    if (token == null) {
      return new PostOutcome.OtherFailure("not_installed");
    }
    SlackFiles files = this.files.apply(token);
    FileOutcome joined = files.join(m.channelId());
    if (joined instanceof FileOutcome.RateLimited r) {
      return new PostOutcome.RateLimited(r.retryAfter());
    }
    String days = m.lastDay().equals(m.day()) ? m.day().toString() : m.day() + ".." + m.lastDay();
    String title = FileTexts.of(locale).get("chart.file") + " · " + days;
    FileOutcome up = files.upload(new FileUpload(m.channelId(), chart.threadTs(), "clicks-" + days + ".png",
        title, null, FileBody.of(png.get()), chart.beforeSharing()));
    if (up instanceof FileOutcome.Ok ok) {
      return new PostOutcome.Posted(ok.id());
    }
    if (up instanceof FileOutcome.NotInChannel) {
      return new PostOutcome.NotInChannel();
    }
    if (up instanceof FileOutcome.RateLimited r) {
      return new PostOutcome.RateLimited(r.retryAfter());
    }
    if (up instanceof FileOutcome.MissingScope s) {
      LOG.warn("digest chart for {}: the app lacks {}; reinstall it to grant it", m.workspace(), s.needed());
      return new PostOutcome.OtherFailure("missing_scope " + s.needed());
    }
    FileOutcome.Failed f = (FileOutcome.Failed) up;
    if ("stopped".equals(f.error())) {
      return new PostOutcome.OtherFailure("taken_over");
    }
    return f.unclear() ? new PostOutcome.Unclear(f.error()) : new PostOutcome.OtherFailure(f.error());
  }

  @Override
  public PostOutcome postNote(DigestNote note) {
    Texts t = DigestTexts.of(language(note.workspace()));
    String text = t.get(note.kind().messageKey(), DigestTexts.noteDays(note, t), note.zone().getId());
    return post(note.workspace(), note.channelId(), text, BlockMessage.plain(text).blocks());
  }

  private Locale language(WorkspaceKey key) {
    try {
      return Texts.language(settings.find(key));
    } catch (RuntimeException e) {
      LOG.warn("digest for {}: the workspace language could not be read ({}); English", key, e.getClass().getSimpleName());
      return Locale.ENGLISH;
    }
  }

  private PostOutcome post(WorkspaceKey key, String channel, String text, List<LayoutBlock> blocks) {
    String token = tokens.find(key).orElse(null);
    if (token == null) {
      LOG.warn("chat.postMessage for {} to {}: the app is not installed there", key, channel);
      return new PostOutcome.OtherFailure("not_installed");
    }
    try {
      ChatPostMessageResponse r =
          client.chatPostMessage(q -> q.token(token).channel(channel).text(text).blocks(blocks));
      if (r.isOk()) {
        return new PostOutcome.Posted(r.getTs());
      }
      return refused(key, channel, r.getError());
    } catch (SlackApiException e) {
      int status = e.getResponse().code();
      if (status == 429) {
        Duration wait = retryAfter(e.getResponse().header("Retry-After"));
        LOG.info("chat.postMessage for {} to {}: rate limited, Retry-After {} s", key, channel, wait.toSeconds());
        return new PostOutcome.RateLimited(wait);
      }
      LOG.warn("chat.postMessage for {} to {}: HTTP {}", key, channel, status);
      return status >= 500 ? new PostOutcome.Unclear("http_" + status) : new PostOutcome.OtherFailure("http_" + status);
    } catch (ConnectException | UnknownHostException e) {
      LOG.warn("chat.postMessage for {} to {}: Slack unreachable ({})", key, channel, e.getClass().getSimpleName());
      return new PostOutcome.OtherFailure("unreachable");
    } catch (IOException e) {
      LOG.warn("chat.postMessage for {} to {}: no answer ({})", key, channel, e.getClass().getSimpleName());
      return new PostOutcome.Unclear(e.getClass().getSimpleName());
    }
  }

  private static PostOutcome refused(WorkspaceKey key, String channel, String error) {
    LOG.warn("chat.postMessage for {} to {}: {}", key, channel, error);
    if (error == null) {
      return new PostOutcome.OtherFailure("unknown");
    }
    return switch (error) {
      case "not_in_channel" -> new PostOutcome.NotInChannel();
      case "channel_not_found", "is_archived" -> new PostOutcome.ChannelGone(error);
      case "ratelimited" -> new PostOutcome.RateLimited(Duration.ofSeconds(1));
      default -> new PostOutcome.OtherFailure(error);
    };
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
