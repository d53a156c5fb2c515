package app.clicks.slack.common;

import app.clicks.report.Period;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Says a period's English label (report.Periods' words, dates and ranges) in the language of some texts. */
final class PeriodLabels {
  private static final Map<String, String> NAMED =
      Map.of(
          "today", "period.today",
          "yesterday", "period.yesterday",
          "this week", "period.thisWeek",
          "last week", "period.lastWeek",
          "this month", "period.thisMonth",
          "last month", "period.lastMonth");
  private static final Pattern LAST_N = Pattern.compile("last (\\d{1,9}) (day|hour)s?");
  private static final Pattern RANGE = Pattern.compile("(.+?)\\.\\.(.+)");

  private PeriodLabels() {}

  /** The label of {@code period} in the language of {@code texts}; dates stay as they are. */
  static String say(Period period, Texts texts) {
    return say(period.label(), texts);
  }

  static String say(String label, Texts texts) {
    String key = NAMED.get(label);
    if (key != null) {
      return texts.get(key);
    }
    Matcher m = LAST_N.matcher(label);
    if (m.matches()) {
      return texts.get(m.group(2).equals("day") ? "period.lastDays" : "period.lastHours", Integer.parseInt(m.group(1)));
    }
    m = RANGE.matcher(label);
    if (m.matches()) {
      return texts.get("period.range", m.group(1), m.group(2));
    }
    return label;
  }
}
