package app.clicks.slack.digest;

/** The action, callback and block ids of the daily digest's buttons and modal. */
public final class DigestActions {
  public static final String EDIT = "digest_edit";
  public static final String SEND_NOW = "digest_send_now";
  /** callback_id of the digest modal. */
  public static final String MODAL = "digest_settings";
  /** callback_id of the modal shown instead of the form to non-admins. */
  public static final String REFUSED_MODAL = "digest_refused";
  public static final String CHANNEL = "digest_channel";
  public static final String TIME = "digest_time";
  public static final String DAYS = "digest_days";
  public static final String EMPTY = "digest_empty";
  public static final String STATE = "digest_state";

  private DigestActions() {}
}
