package app.clicks.slack.common;

import app.clicks.report.Period;

/** Says a period in the language of some texts, from its kind, its N and its days; dates stay as they are. */
final class PeriodLabels {

  private PeriodLabels() {}

  /** The name of {@code period} in the language of {@code texts}. */
  static String say(Period period, Texts texts) {
    return switch (period.kind()) {
      case TODAY -> texts.get("period.today");
      case YESTERDAY -> texts.get("period.yesterday");
      case THIS_WEEK -> texts.get("period.thisWeek");
      case LAST_WEEK -> texts.get("period.lastWeek");
      case THIS_MONTH -> texts.get("period.thisMonth");
      case LAST_MONTH -> texts.get("period.lastMonth");
      case LAST_DAYS -> texts.get("period.lastDays", period.n());
      case LAST_HOURS -> texts.get("period.lastHours", period.n());
      case DATE -> period.firstDay().toString();
      case RANGE -> texts.get("period.range", period.firstDay().toString(), period.lastNamedDay().toString());
      case SPAN -> texts.get("period.range",
          Period.SPAN_TIME.format(period.start()), Period.SPAN_TIME.format(period.end()));
    };
  }
}
