package app.clicks.slack.connect;

/** The action and callback ids of the App Home's buttons and modal. */
public final class ConnectActions {
  public static final String CONNECT = "home_connect";
  public static final String TEST = "home_test";
  public static final String DISCONNECT = "home_disconnect";
  /** callback_id of the connect modal. */
  public static final String CONNECT_MODAL = "wolkvox_connect";
  /** callback_id of the "testing the connection…" and verdict modal. */
  public static final String TEST_MODAL = "wolkvox_test";

  private ConnectActions() {}
}
