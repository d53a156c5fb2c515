package app.clicks.settings;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a workspace chose for its answers, as the answers read it: the names its admins gave ads, and its own
 * conversion codes when it chose them (else wolkvox's hits count). On the database: {@link JdbcWorkspaceChoices}.
 */
public interface WorkspaceChoices {
  /** Longest ad name kept (characters, after trimming). */
  int MAX_AD_NAME = 80;

  /** The names of the workspace's named ads, by ad id (chat_14's source_id); empty when none is named. */
  Map<String, String> adNames(WorkspaceKey workspace);

  /**
   * The workspace's own conversion codes (trimmed, upper-cased; match cod_act without regard to case), or empty
   * when it uses wolkvox's hits. A present empty set means the workspace chose no code: conversions are not shown.
   */
  Optional<Set<String>> conversionCodes(WorkspaceKey workspace);
}
