package app.clicks.report;

/**
 * What a summary knows besides the counts: the names of agents, routing points and outcomes (wolkvox's
 * directory), the names admins gave ads, and which outcome codes are conversions.
 *
 * @param directory wolkvox's directory of the server ({@link Directory#EMPTY} when it was never read)
 * @param adNames the workspace's ad names by source_id ({@link Names#NONE} when it named none)
 * @param conversionCodes the workspace's choice of conversion codes, if any
 */
public record SummaryContext(Directory directory, Names adNames, ConversionCodes conversionCodes) {
  /** No names, no conversions: the summary of ids and clicks only. */
  public static final SummaryContext NONE =
      new SummaryContext(Directory.EMPTY, Names.NONE, ConversionCodes.WOLKVOX_HITS);

  public SummaryContext {
    directory = directory == null ? Directory.EMPTY : directory;
    adNames = adNames == null ? Names.NONE : adNames;
    conversionCodes = conversionCodes == null ? ConversionCodes.WOLKVOX_HITS : conversionCodes;
  }

  /** wolkvox's names and hits, without ad names or a choice of codes of the workspace's own. */
  public static SummaryContext of(Directory directory) {
    return new SummaryContext(directory, Names.NONE, ConversionCodes.WOLKVOX_HITS);
  }
}
