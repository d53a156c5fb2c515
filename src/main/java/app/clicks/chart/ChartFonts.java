package app.clicks.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/** The faces a chart is drawn with: DejaVu Sans, bundled (src/main/resources/fonts), the same on every machine. */
record ChartFonts(Font regular, Font bold) {
  /** Where the faces come from: the bundled files, or, in tests, a source that fails. */
  @FunctionalInterface
  interface Source {
    ChartFonts load() throws IOException, FontFormatException;
  }

  /** The bundled DejaVu Sans and DejaVu Sans Bold. */
  static ChartFonts bundled() throws IOException, FontFormatException {
    return new ChartFonts(read("/fonts/DejaVuSans.ttf"), read("/fonts/DejaVuSans-Bold.ttf"));
  }

  private static Font read(String resource) throws IOException, FontFormatException {
    try (InputStream in = ChartFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IOException("the font " + resource + " is not on the classpath");
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    }
  }

  Font regular(float size) {
    return regular.deriveFont(size);
  }

  Font bold(float size) {
    return bold.deriveFont(size);
  }
}
