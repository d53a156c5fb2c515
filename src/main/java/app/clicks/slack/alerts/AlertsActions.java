package app.clicks.slack.alerts;

/** The action, callback and block ids of the alerts' button and modal. */
final class AlertsActions {
  static final String EDIT = "alerts_edit";
  static final String MODAL = "alerts_settings";
  static final String REFUSED_MODAL = "alerts_refused";
  static final String CHANNEL = "alerts_channel";
  static final String DESTINATIONS = "alerts_destinations";
  static final String FROM = "alerts_from";
  static final String TO = "alerts_to";
  static final String DAYS = "alerts_days";
  static final String RULES = "alerts_rules";
  static final String SILENCE_HOURS = "alerts_silence_hours";
  static final String DROP_PERCENT = "alerts_drop_percent";
  static final String DROP_MIN = "alerts_drop_min";
  static final String AD_DAILY = "alerts_ad_daily";
  static final String AD_HOURS = "alerts_ad_hours";

  private AlertsActions() {}
}
