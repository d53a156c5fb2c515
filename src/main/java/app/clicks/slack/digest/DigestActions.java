package app.clicks.slack.digest;

/** The action, callback and block ids of the digest subscriptions' buttons, menus and modals. */
final class DigestActions {
  /** "Add subscription" on the Home tab. */
  static final String ADD = "digest_add";
  /** Each subscription's "…" menu on the Home tab; its options' values are {@link MenuChoice}s. */
  static final String MENU = "digest_menu";
  /** block_id prefix of a subscription's line (followed by its id). */
  static final String LINE = "digest_sub_";
  /** callback_id of the add/change modal. */
  static final String MODAL = "digest_subscription";
  /** callback_id of the "delete this subscription?" modal. */
  static final String DELETE_MODAL = "digest_delete";
  /** callback_id of a modal that only says something (a refusal, the limit, a subscription gone). */
  static final String MESSAGE_MODAL = "digest_message";
  static final String CHANNEL = "digest_channel";
  static final String CADENCE = "digest_cadence";
  static final String DAYS = "digest_days";
  static final String WEEKDAY = "digest_weekday";
  static final String DAY_OF_MONTH = "digest_day_of_month";
  static final String TIME = "digest_time";
  static final String SLICE = "digest_slice";
  static final String EMPTY = "digest_empty";
  static final String DESTINATIONS = "digest_destinations";
  static final String STATE = "digest_state";

  /** What a subscription's menu offers. */
  enum Menu {
    CHANGE,
    OFF,
    ON,
    SEND_NOW,
    DELETE
  }

  /** One menu option's value: "CHANGE:42". */
  record MenuChoice(Menu menu, long id) {
    String value() {
      return menu.name() + ":" + id;
    }

    /** The choice in {@code value}, or null when it is not one. */
    static MenuChoice parse(String value) {
      if (value == null) {
        return null;
      }
      int colon = value.indexOf(':');
      if (colon < 0) {
        return null;
      }
      try {
        long id = Long.parseLong(value.substring(colon + 1));
        return id > 0 ? new MenuChoice(Menu.valueOf(value.substring(0, colon)), id) : null;
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
  }

  private DigestActions() {}
}
