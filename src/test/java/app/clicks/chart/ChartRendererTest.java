package app.clicks.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.TrendSummaries;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The chart as a PNG Slack accepts: one image of two panels at the size of a phone-legible chart. */
class ChartRendererTest {
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
