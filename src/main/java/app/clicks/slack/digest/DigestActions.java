package app.clicks.slack.digest;

/** The action, callback and block ids of the daily digest's buttons and modal. */
final class DigestActions {
  static final String EDIT = "digest_edit";
  static final String SEND_NOW = "digest_send_now";
  /** callback_id of the digest modal. */
  static final String MODAL = "digest_settings";
  /** callback_id of the modal shown instead of the form to non-admins. */
  static final String REFUSED_MODAL = "digest_refused";
  static final String CHANNEL = "digest_channel";
  static final String TIME = "digest_time";
  static final String DAYS = "digest_days";
  static final String EMPTY = "digest_empty";
  static final String STATE = "digest_state";

  private DigestActions() {}
}
