package app.clicks.chart;

import app.clicks.report.Summary;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HorizontalBarChart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a {@link ChartData} as one PNG of {@link #WIDTH}×{@link #HEIGHT} pixels: the title across the top, the
 * trend on the left (this period a strong line, the previous one a grey dashed line), the top ads on the right
 * (bars of clicks, and of conversions beside them where the workspace has conversions). Large type, no grid
 * clutter, so that it reads on a phone.
 *
 * <p>Headless: it sets {@code java.awt.headless=true} unless the property is already set. Where AWT cannot draw
 * (no headless toolkit, a font that cannot be read, any error from AWT or the chart library) it returns nothing,
 * and logs why once in the life of the JVM: a chart is never worth a failed digest. Thread-safe.
 */
public final class ChartRenderer {
  public static final int WIDTH = 1000;
  public static final int HEIGHT = 500;

  private static final Logger LOG = LoggerFactory.getLogger(ChartRenderer.class);
  /** Whether a failure to draw was logged already, for every renderer of the JVM. */
  private static final AtomicBoolean WARNED = new AtomicBoolean();

  private static final int HEADER = 56;
  private static final int PANEL_TITLE = 36;
  private static final int TREND_WIDTH = 540;
  private static final Color INK = new Color(0x1D, 0x1C, 0x1D);
  private static final Color MUTED = new Color(0x61, 0x60, 0x61);
  private static final Color CURRENT = new Color(0x12, 0x64, 0xA3);
  private static final Color PREVIOUS = new Color(0xA0, 0xA0, 0xA0);
  private static final Color CONVERSIONS = new Color(0x2B, 0xAC, 0x76);
  private static final Color GRID = new Color(0xE8, 0xE8, 0xE8);

  static {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
  }

  private final ChartFonts.Source fontSource;
  private final AtomicBoolean warned;
  private volatile ChartFonts fonts;

  /** A renderer with the bundled DejaVu Sans. */
  public ChartRenderer() {
    this(ChartFonts::bundled, WARNED);
  }

  /** A renderer whose faces come from {@code fontSource}, logging once per {@code warned} (a seam for tests). */
  ChartRenderer(ChartFonts.Source fontSource, AtomicBoolean warned) {
    this.fontSource = fontSource;
    this.warned = warned;
  }

  /** The PNG of {@code summary}'s chart in the words of {@code labels}, or nothing where AWT cannot draw. */
  public Optional<byte[]> render(Summary summary, ChartLabels labels) {
    return render(ChartData.of(summary, labels));
  }

  /** The PNG of {@code data}, or nothing where AWT cannot draw (logged once). */
  public Optional<byte[]> render(ChartData data) {
    try {
      return Optional.of(draw(data, fonts()));
    } catch (Exception | Error e) {
      if (e instanceof VirtualMachineError && !(e instanceof InternalError)) {
        throw (VirtualMachineError) e; // out of memory: not ours to hide
      }
      if (warned.compareAndSet(false, true)) {
        LOG.warn("Charts cannot be drawn on this machine ({}: {}); messages go out without them. Logged once.",
            e.getClass().getName(), e.getMessage(), e);
      }
      return Optional.empty();
    }
  }

  private ChartFonts fonts() throws Exception {
    ChartFonts f = fonts;
    if (f == null) {
      f = fontSource.load();
      fonts = f;
    }
    return f;
  }

  private static byte[] draw(ChartData data, ChartFonts fonts) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, WIDTH, HEIGHT);
      header(g, data.title(), fonts);
      int panelTop = HEADER + PANEL_TITLE;
      int panelHeight = HEIGHT - panelTop;
      panelTitle(g, data.trend().title(), fonts, 20);
      panelTitle(g, data.ads().title(), fonts, TREND_WIDTH + 20);
      Graphics2D left = (Graphics2D) g.create(0, panelTop, TREND_WIDTH, panelHeight);
      trend(data.trend(), fonts, TREND_WIDTH, panelHeight).paint(left, TREND_WIDTH, panelHeight);
      left.dispose();
      Graphics2D right = (Graphics2D) g.create(TREND_WIDTH, panelTop, WIDTH - TREND_WIDTH, panelHeight);
      ads(right, data.ads(), fonts, WIDTH - TREND_WIDTH, panelHeight);
      right.dispose();
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
    if (!ImageIO.write(image, "png", png)) {
      throw new IOException("no PNG writer in this JVM");
    }
    return png.toByteArray();
  }

  /** A panel's title, left-aligned over it. */
  private static void panelTitle(Graphics2D g, String title, ChartFonts fonts, int x) {
    g.setFont(fonts.bold(20f));
    g.setColor(INK);
    g.drawString(title, x, HEADER + PANEL_TITLE - 12);
  }

  /** The title, as large as fits the width (24 px down to 16 px). */
  private static void header(Graphics2D g, String title, ChartFonts fonts) {
    Font font = fonts.bold(24f);
    FontMetrics m = g.getFontMetrics(font);
    while (m.stringWidth(title) > WIDTH - 40 && font.getSize2D() > 16f) {
      font = fonts.bold(font.getSize2D() - 1f);
      m = g.getFontMetrics(font);
    }
    g.setFont(font);
    g.setColor(INK);
    g.drawString(title, 20, (HEADER + m.getAscent() - m.getDescent()) / 2);
  }

  private static CategoryChart trend(ChartData.TrendPanel panel, ChartFonts fonts, int width, int height) {
    CategoryChart chart = new CategoryChart(width, height);
    style(chart.getStyler(), fonts);
    chart.getStyler().setXAxisMaxLabelCount("HOUR".equals(panel.unit()) ? 12 : 8);
    chart.getStyler().setPlotGridVerticalLinesVisible(false);
    chart.getStyler().setOverlapped(true);
    chart.getStyler().setYAxisMin(0.0);
    List<String> x = panel.x();
    if (panel.previous() != null) {
      CategorySeries before = chart.addSeries(panel.previous().name(), x, doubles(panel.previous().values()));
      before.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
      before.setLineColor(PREVIOUS);
      before.setLineStyle(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 10f,
          new float[] {8f, 6f}, 0f));
      before.setMarker(SeriesMarkers.NONE);
    }
    CategorySeries now = chart.addSeries(panel.current().name(), x, doubles(panel.current().values()));
    now.setChartCategorySeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Line);
    now.setLineColor(CURRENT);
    now.setLineStyle(new BasicStroke(4f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    now.setMarker(x.size() <= 31 && !"HOUR".equals(panel.unit()) ? SeriesMarkers.CIRCLE : SeriesMarkers.NONE);
    now.setMarkerColor(CURRENT);
    return chart;
  }

  private static void ads(Graphics2D g, ChartData.AdsPanel panel, ChartFonts fonts, int width, int height) {
    if (panel.ads().isEmpty()) {
      g.setColor(MUTED);
      g.setFont(fonts.regular(18f));
      g.drawString(panel.note() == null ? "" : panel.note(), 20, height / 2);
      return;
    }
    HorizontalBarChart chart = new HorizontalBarChart(width, height);
    style(chart.getStyler(), fonts);
    chart.getStyler().setPlotGridLinesVisible(false);
    chart.getStyler().setLabelsVisible(true);
    chart.getStyler().setLabelsFont(fonts.bold(15f));
    chart.getStyler().setLabelsFontColor(INK);
    chart.getStyler().setLabelsFontColorAutomaticEnabled(false);
    chart.getStyler().setXAxisTicksVisible(false);
    chart.getStyler().setAxisTickLabelsColor(INK);
    chart.getStyler().setXAxisTickMarkSpacingHint(8); // every ad named (the category axis reads the X hints)
    chart.getStyler().setXAxisMaxLabelCount(ChartData.MAX_ADS);
    chart.getStyler().setLegendVisible(panel.conversions() != null);
    // the first ad at the top: XChart's horizontal bars draw the categories top down, in their order
    List<String> names = panel.ads();
    chart.addSeries(panel.clicks().name(), doubles(panel.clicks().values()), names).setFillColor(CURRENT);
    if (panel.conversions() != null) {
      chart.addSeries(panel.conversions().name(), doubles(panel.conversions().values()), names)
          .setFillColor(CONVERSIONS);
    }
    chart.paint(g, width, height);
  }

  /** Large type, white ground, light grid, legend under the plot, integers on the value axis. */
  private static void style(AxesChartStyler s, ChartFonts fonts) {
    s.setBaseFont(fonts.regular(16f));
    s.setChartTitleVisible(false);
    s.setChartFontColor(INK);
    s.setChartBackgroundColor(Color.WHITE);
    s.setPlotBackgroundColor(Color.WHITE);
    s.setPlotBorderVisible(false);
    s.setPlotGridLinesColor(GRID);
    s.setLegendFont(fonts.regular(16f));
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setLegendBorderColor(Color.WHITE);
    s.setAxisTickLabelsFont(fonts.regular(16f));
    s.setAxisTickLabelsColor(MUTED);
    s.setAxisTitlesVisible(false);
    s.setAxisTicksMarksVisible(false);
    s.setYAxisDecimalPattern("#,##0");
    s.setChartPadding(12);
    s.setAntiAlias(true);
    s.setTextAntiAlias(true);
  }

  private static List<Double> doubles(List<Long> values) {
    List<Double> out = new ArrayList<>(values.size());
    for (Long v : values) {
      out.add(v == null ? null : v.doubleValue());
    }
    return out;
  }
}
