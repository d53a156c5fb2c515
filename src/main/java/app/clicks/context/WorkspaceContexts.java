package app.clicks.context;

import app.clicks.report.ConversionCodes;
import app.clicks.report.Directory;
import app.clicks.report.Names;
import app.clicks.report.SummaryContext;
import app.clicks.settings.WorkspaceChoices;
import app.clicks.settings.WorkspaceKey;
import app.clicks.store.DirectoryRequest;
import app.clicks.store.DirectoryStore;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The context of a workspace's answer: its server's directory through the store (which reads wolkvox once a day,
 * and once more for an id the answer met that a list does not know), and its admins' ad names and conversion codes
 * (else wolkvox's hits). A directory or choices that cannot be read never fails an answer: it gets ids, and the
 * failure one log line.
 */
public final class WorkspaceContexts implements SummaryContexts {
  private static final Logger LOG = LoggerFactory.getLogger(WorkspaceContexts.class);

  private final DirectoryStore directory;
  private final WorkspaceChoices choices;
  private final Map<String, String> defaultAdNames;

  /**
   * @param defaultAdNames ad names every workspace has under its own (the demo data's; empty otherwise)
   */
  public WorkspaceContexts(DirectoryStore directory, WorkspaceChoices choices, Map<String, String> defaultAdNames) {
    this.directory = directory;
    this.choices = choices;
    this.defaultAdNames = Map.copyOf(defaultAdNames);
  }

  @Override
  public SummaryContext of(ContextRequest r) {
    String server = r.connection().serverId();
    Directory d;
    try {
      d = directory.directory(new DirectoryRequest(r.connection(), r.purpose(), r.totals().seenIds()));
    } catch (RuntimeException e) {
      LOG.warn("server {}: answering with ids, the directory failed ({})", server, e.getClass().getSimpleName());
      d = Directory.EMPTY;
    }
    WorkspaceKey key = r.workspace();
    Map<String, String> ads = new HashMap<>(defaultAdNames);
    ConversionCodes codes = ConversionCodes.WOLKVOX_HITS;
    if (key != null) {
      try {
        ads.putAll(choices.adNames(key));
      } catch (RuntimeException e) {
        LOG.warn("workspace {}: answering without its ad names ({})", key, e.getClass().getSimpleName());
      }
      try {
        codes = ConversionCodes.ofChoice(choices.conversionCodes(key));
      } catch (RuntimeException e) {
        LOG.warn("workspace {}: answering with wolkvox's hits, its conversion codes failed ({})", key,
            e.getClass().getSimpleName());
      }
    }
    return new SummaryContext(d, Names.of(ads), codes);
  }
}
