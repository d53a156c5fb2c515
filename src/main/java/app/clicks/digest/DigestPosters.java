package app.clicks.digest;

/** Where a digest goes: the poster of each destination (Slack, and Teams' Workflows webhook). */
public record DigestPosters(DigestPoster slack, DigestPoster teams) {
  /** The poster of a workspace without Teams: it posts nothing and says so. */
  public static final DigestPoster NO_TEAMS = new DigestPoster() {
    @Override
    public PostOutcome postDigest(DigestMessage digest) {
      return new PostOutcome.OtherFailure("teams_not_connected");
    }

    @Override
    public PostOutcome postNote(DigestNote note) {
      return new PostOutcome.OtherFailure("teams_not_connected");
    }
  };

  public DigestPosters {
    if (slack == null) {
      throw new IllegalArgumentException("the digest needs a Slack poster");
    }
    teams = teams == null ? NO_TEAMS : teams;
  }

  /** Slack only. */
  public static DigestPosters slackOnly(DigestPoster slack) {
    return new DigestPosters(slack, NO_TEAMS);
  }

  /** The poster of one destination ({@link Destinations#SLACK} or {@link Destinations#TEAMS}). */
  public DigestPoster of(Destinations destination) {
    return destination == Destinations.TEAMS ? teams : slack;
  }
}
