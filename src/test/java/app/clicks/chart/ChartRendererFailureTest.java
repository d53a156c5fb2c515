package app.clicks.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import app.clicks.testing.CapturedLogs;
import app.clicks.testing.TrendSummaries;
import ch.qos.logback.classic.Level;
import java.awt.AWTError;
import java.awt.FontFormatException;
import java.awt.HeadlessException;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Where AWT cannot draw, the chart is left out, never the message: nothing is thrown and the log says why once. */
class ChartRendererFailureTest {
  static final ChartData DATA = ChartData.of(TrendSummaries.yesterday(TrendSummaries.withConversions()),
      ChartLabelSets.english("yesterday"));

  @Test
  void aFontThatCannotBeReadGivesNoChartAndOneWarning() {
    try (CapturedLogs logs = CapturedLogs.of(ChartRenderer.class.getName(), Level.WARN)) {
      ChartRenderer renderer = new ChartRenderer(() -> {
        throw new FontFormatException("bad table");
      }, new AtomicBoolean());
      assertTrue(renderer.render(DATA).isEmpty());
      assertTrue(renderer.render(DATA).isEmpty());
      assertEquals(1, logs.events().size(), "logged once");
      assertTrue(logs.events().get(0).getFormattedMessage().contains("bad table"));
    }
  }

  @Test
  void theWarningIsOncePerFlagSharedByEveryRenderer() {
    AtomicBoolean jvm = new AtomicBoolean();
    try (CapturedLogs logs = CapturedLogs.of(ChartRenderer.class.getName(), Level.WARN)) {
      new ChartRenderer(() -> {
        throw new IOException("no font file");
      }, jvm).render(DATA);
      new ChartRenderer(() -> {
        throw new HeadlessException();
      }, jvm).render(DATA);
      assertEquals(1, logs.events().size());
    }
  }

  @Test
  void errorsOfAwtAreCaughtToo() {
    AtomicBoolean warned = new AtomicBoolean();
    assertTrue(new ChartRenderer(() -> {
      throw new AWTError("Can't connect to X11 window server");
    }, warned).render(DATA).isEmpty());
    assertTrue(new ChartRenderer(() -> {
      throw new UnsatisfiedLinkError("libfontmanager.so: libfreetype.so.6: cannot open shared object file");
    }, warned).render(DATA).isEmpty());
    assertTrue(new ChartRenderer(() -> {
      throw new InternalError("Fontconfig head is null");
    }, warned).render(DATA).isEmpty());
    assertTrue(new ChartRenderer(() -> {
      throw new NoClassDefFoundError("Could not initialize class sun.awt.X11FontManager");
    }, warned).render(DATA).isEmpty());
    assertTrue(warned.get());
  }

  @Test
  void fontsThatLoadAreLoadedOnceAndTheRendererDrawsAfterwards() {
    AtomicInteger loads = new AtomicInteger();
    ChartRenderer renderer = new ChartRenderer(() -> {
      loads.incrementAndGet();
      return ChartFonts.bundled();
    }, new AtomicBoolean());
    assertTrue(renderer.render(DATA).isPresent());
    assertTrue(renderer.render(DATA).isPresent());
    assertEquals(1, loads.get());
  }

  @Test
  void theRendererRunsHeadless() {
    new ChartRenderer();
    assertEquals("true", System.getProperty("java.awt.headless"));
    assertTrue(java.awt.GraphicsEnvironment.isHeadless());
  }
}
