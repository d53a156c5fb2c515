package app.clicks.slack.clicks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The text after /clicks splits into period words, top N and help. */
class CommandTextTest {

  @Test
  void nothingMeansYesterdayWithTheDefaultTop() {
    assertEquals(new CommandText("", 5, false), CommandText.parse(""));
    assertEquals(new CommandText("", 5, false), CommandText.parse(null));
    assertEquals(new CommandText("", 5, false), CommandText.parse("   "));
  }

  @Test
  void periodWordsAndTopNInAnyOrder() {
    assertEquals(new CommandText("last 7 days", 10, false), CommandText.parse("last 7 days top 10"));
    assertEquals(new CommandText("últimos 7 días", 3, false), CommandText.parse("TOP 3 últimos  7 días"));
    assertEquals(new CommandText("yesterday", 8, false), CommandText.parse("yesterday top8"));
    assertEquals(new CommandText("", 2, false), CommandText.parse("top 2"));
  }

  @Test
  void aLargeTopIsCappedAtTheMaximum() {
    assertEquals(new CommandText("today", 20, false), CommandText.parse("today top 500"));
    assertEquals(new CommandText("today", 20, false), CommandText.parse("today top 99999999999999"));
  }

  @Test
  void helpWordsAndAnUnusableTopAskForHelp() {
    for (String s : new String[] {"help", "AYUDA", "ajuda", "?"}) {
      assertEquals(true, CommandText.parse(s).help(), s);
    }
    assertEquals(true, CommandText.parse("yesterday top").help());
    assertEquals(true, CommandText.parse("yesterday top x").help());
    assertEquals(true, CommandText.parse("top 0").help());
    assertEquals(false, CommandText.parse("helpful words").help());
  }

  @Test
  void csvIsAWholeWordInAnyCaseAnywhereAndAloneMeansYesterday() {
    assertEquals(new CommandText("yesterday", 5, false, true), CommandText.parse("yesterday csv"));
    assertEquals(new CommandText("last 7 days", 3, false, true), CommandText.parse("CSV last 7 days top 3"));
    assertEquals(new CommandText("last 7 days", 5, false, true), CommandText.parse("last Csv 7 days"));
    assertEquals(new CommandText("", 5, false, true), CommandText.parse("csv"), "yesterday, as no words mean");
    assertEquals(new CommandText("csvs yesterday", 5, false, false), CommandText.parse("csvs yesterday"),
        "a whole word only");
    assertEquals(false, CommandText.parse("yesterday").csv());
  }

  @Test
  void helpWinsOverCsv() {
    assertEquals(true, CommandText.parse("help csv").help());
    assertEquals(false, CommandText.parse("help csv").csv());
    assertEquals(true, CommandText.parse("csv ayuda").help());
  }
}
