package app.clicks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The JSON's decimals are rounded exactly as the hand-written output's String.format did. */
class SummaryJsonTest {
  @Test
  void percentAndShareRoundAsStringFormatDid() {
    SplittableRandom random = new SplittableRandom(10);
    for (int i = 0; i < 200_000; i++) {
      long previous = 1 + random.nextInt(20_000);
      long current = random.nextInt(40_000);
      double percent = (current - previous) * 100.0 / previous;
      double share = previous / (double) (previous + current);
      assertSameText(String.format(Locale.ROOT, "%.1f", percent), SummaryJson.rounded(percent, 1).toPlainString());
      assertSameText(String.format(Locale.ROOT, "%.4f", share), SummaryJson.rounded(share, 4).toPlainString());
    }
    for (double tie : new double[] {0.05, 0.15, 0.25, 2.45, -2.45, 12.35, 1e7, 0.00005, 0.99995, 1.0, 0.0}) {
      assertSameText(String.format(Locale.ROOT, "%.1f", tie), SummaryJson.rounded(tie, 1).toPlainString());
      assertSameText(String.format(Locale.ROOT, "%.4f", tie), SummaryJson.rounded(tie, 4).toPlainString());
    }
  }

  @Test
  void aChangeTooSmallToShowIsZeroNotMinusZero() {
    assertEquals("0.0", SummaryJson.rounded(-100.0 / 3000, 1).toPlainString());
    assertEquals("0.0000", SummaryJson.rounded(0.0, 4).toPlainString());
  }

  /** Equal, except that String.format's "-0.0" is written 0.0. */
  private static void assertSameText(String formatted, String rounded) {
    assertEquals(formatted.matches("-0\\.0+") ? formatted.substring(1) : formatted, rounded);
  }
}
