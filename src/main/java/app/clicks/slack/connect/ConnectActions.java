package app.clicks.slack.connect;

/** The action and callback ids of the App Home's buttons and modal. */
final class ConnectActions {
  static final String CONNECT = "home_connect";
  static final String TEST = "home_test";
  static final String DISCONNECT = "home_disconnect";
  /** callback_id of the connect modal. */
  static final String CONNECT_MODAL = "wolkvox_connect";
  /** callback_id of the "testing the connection…" and verdict modal. */
  static final String TEST_MODAL = "wolkvox_test";

  private ConnectActions() {}
}
