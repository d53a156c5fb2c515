package app.clicks.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The words of a report request split into period words, top N and help, within each chat's limits. */
class CommandWordsTest {
  static final CommandWords.Limits ANY = new CommandWords.Limits(5, 20, Integer.MAX_VALUE);
  static final CommandWords.Limits SIX = new CommandWords.Limits(5, 15, 6);

  @Test
  void periodWordsAndTopNInAnyOrder() {
    assertEquals(new CommandWords("last 7 days", 3, false),
        CommandWords.parse(List.of("top", "3", "last", "7", "days"), ANY));
    assertEquals(new CommandWords("", 5, false), CommandWords.parse(List.of(), ANY));
  }

  @Test
  void aLargeTopIsCappedAtEachChatsMaximum() {
    assertEquals(20, CommandWords.parse(List.of("top", "500"), ANY).topN());
    assertEquals(15, CommandWords.parse(List.of("top500"), SIX).topN());
  }

  @Test
  void aCountLongerThanTheLimitIsNoNumber() {
    assertEquals(new CommandWords("", 20, false), CommandWords.parse(List.of("top", "1234567"), ANY));
    assertEquals(new CommandWords("", 5, true), CommandWords.parse(List.of("top", "1234567"), SIX));
  }

  @Test
  void helpAloneOrAnUnusableTopAsksForHelp() {
    assertEquals(true, CommandWords.parse(List.of("AYUDA"), ANY).help());
    assertEquals(new CommandWords("ayer", 5, true), CommandWords.parse(List.of("ayer", "top", "0"), ANY));
    assertEquals(false, CommandWords.parse(List.of("help", "me"), ANY).help());
  }
}
