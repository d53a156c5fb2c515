package app.clicks.digest;

/** Where a subscription's digest goes: its Slack channel, the workspace's Teams webhook, or both. */
public enum Destinations {
  SLACK,
  TEAMS,
  BOTH;

  public boolean slack() {
    return this != TEAMS;
  }

  public boolean teams() {
    return this != SLACK;
  }
}
