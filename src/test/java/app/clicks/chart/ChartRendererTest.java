package app.clicks.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.TrendSummaries;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart as a PNG Slack accepts: one image of two panels at the size of a phone-legible chart. */
class ChartRendererTest {
  /** The blue of this period's clicks (ChartRenderer's CURRENT). */
  static final int BAR_BLUE = 0x1264A3;

  static BufferedImage decode(byte[] png) throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
    assertTrue(image != null, "a PNG ImageIO reads");
    return image;
  }

  @Test
  void aDayWithConversionsIsOnePngOfTheExpectedSize() throws IOException {
    byte[] png = new ChartRenderer().render(TrendSummaries.yesterday(TrendSummaries.withConversions()),
        ChartLabelSets.english("yesterday")).orElseThrow();
    BufferedImage image = decode(png);
    assertEquals(ChartRenderer.WIDTH, image.getWidth());
    assertEquals(ChartRenderer.HEIGHT, image.getHeight());
    Path out = Path.of("target", "charts", "yesterday-en.png");
    Files.createDirectories(out.getParent());
    Files.write(out, png);
  }

  @Test
  void theFirstAdIsTheTopBar() throws IOException {
    ChartData day = ChartData.of(TrendSummaries.yesterday(TrendSummaries.plain()), ChartLabelSets.english("yesterday"));
    ChartData twoAds = new ChartData(day.title(), day.trend(), new ChartData.AdsPanel("Top ads",
        List.of("1. most clicked", "2. fewer"), new ChartData.Series("Clicks", List.of(100L, 10L)), null, null));

    BufferedImage image = decode(new ChartRenderer().render(twoAds).orElseThrow());

    // how many pixels of the bars' blue each row of the ads panel (the right part) has
    int[] blue = new int[image.getHeight()];
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 560; x < image.getWidth(); x++) {
        blue[y] += (image.getRGB(x, y) & 0xFFFFFF) == BAR_BLUE ? 1 : 0;
      }
    }
    int longest = java.util.Arrays.stream(blue).max().orElseThrow();
    int longBar = -1;
    int shortBar = -1;
    for (int y = blue.length - 1; y >= 0; y--) {
      if (blue[y] > longest / 2) {
        longBar = y;
      } else if (blue[y] > 0 && blue[y] < longest / 3) {
        shortBar = y;
      }
    }
    assertTrue(longBar >= 0 && shortBar >= 0, "two bars drawn: " + java.util.Arrays.toString(blue));
    assertTrue(longBar < shortBar, "the ad with most clicks (from row " + longBar + ") is above the other (from row "
        + shortBar + ")");
  }

  @Test
  void sevenDaysInSpanishWithoutConversions() throws IOException {
    byte[] png = new ChartRenderer().render(TrendSummaries.lastSevenDays(TrendSummaries.plain(), true),
        ChartLabelSets.spanish("últimos 7 días")).orElseThrow();
    assertEquals(ChartRenderer.WIDTH, decode(png).getWidth());
    Path out = Path.of("target", "charts", "last-7-days-es.png");
    Files.createDirectories(out.getParent());
    Files.write(out, png);
  }

  @Test
  void aPeriodWithoutClicksAndNinetyTwoDaysDrawToo() throws IOException {
    var none = app.clicks.report.Summaries.of(TrendSummaries.yesterday(TrendSummaries.plain()).periods(),
        app.clicks.report.Totals.EMPTY, app.clicks.report.Totals.EMPTY, 5, TrendSummaries.NOTE);
    assertEquals(ChartRenderer.HEIGHT,
        decode(new ChartRenderer().render(none, ChartLabelSets.english("yesterday")).orElseThrow()).getHeight());
    var quarter = app.clicks.report.Periods.parse("last 92 days", TrendSummaries.CLOCK, TrendSummaries.BOGOTA);
    byte[] png = new ChartRenderer().render(TrendSummaries.summary(quarter, TrendSummaries.withConversions(), true),
        ChartLabelSets.english("last 92 days")).orElseThrow();
    assertEquals(ChartRenderer.WIDTH, decode(png).getWidth());
    Path out = Path.of("target", "charts", "last-92-days-en.png");
    Files.createDirectories(out.getParent());
    Files.write(out, png);
  }
}
