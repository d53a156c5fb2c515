package app.clicks.digest;

import app.clicks.report.Slice;
import app.clicks.report.SummaryContext;

/** What a digest's header names besides its dates: its slice, by the name the workspace knows it by. */
public final class DigestHeader {
  private DigestHeader() {}

  /**
   * The routing point's name in wolkvox's directory, or the ad's name the admins gave it, when known; else its id.
   * "" for every click.
   */
  public static String sliceName(Slice slice, SummaryContext context) {
    if (slice == null || slice.isAll()) {
      return "";
    }
    SummaryContext c = context == null ? SummaryContext.NONE : context;
    var names = slice.kind() == Slice.Kind.ROUTING_POINT ? c.directory().routingPoints() : c.adNames();
    return names.knows(slice.key()) ? names.name(slice.key()) : slice.key();
  }
}
