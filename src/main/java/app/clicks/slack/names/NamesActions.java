package app.clicks.slack.names;

/** The action, block and callback ids of the names section's buttons and modals. */
final class NamesActions {
  /** "Name ads" on the Home tab. */
  static final String NAME_ADS = "home_name_ads";
  /** "Conversion codes" on the Home tab. */
  static final String CODES = "home_conversion_codes";
  /** callback_id of the name-ads modal (private_metadata: the page index). */
  static final String ADS_MODAL = "ad_names";
  /** callback_id of the conversion codes modal. */
  static final String CODES_MODAL = "conversion_codes";
  /** callback_id of the views with nothing to submit (refusal, no ads). */
  static final String INFO_MODAL = "names_info";
  /** Block and action id prefix of an ad's name input; the ad id follows. */
  static final String AD_PREFIX = "ad_name:";
  /** Radio buttons: wolkvox's hits or the chosen codes. */
  static final String CODES_MODE = "codes_mode";
  /** The multi-select of the chosen codes. */
  static final String CODES_CHOSEN = "codes_chosen";
  static final String MODE_HITS = "hits";
  static final String MODE_CHOSEN = "chosen";

  private NamesActions() {}
}
