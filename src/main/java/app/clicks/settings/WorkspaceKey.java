package app.clicks.settings;

/** Identifies a Slack workspace: its team id, and its enterprise id on Enterprise Grid ("" when none). */
public record WorkspaceKey(String enterpriseId, String teamId) {
  public WorkspaceKey {
    enterpriseId = enterpriseId == null ? "" : enterpriseId;
    if (teamId == null) {
      teamId = "";
    }
  }

  @Override
  public String toString() {
    return enterpriseId.isEmpty() ? teamId : enterpriseId + "/" + teamId;
  }
}
