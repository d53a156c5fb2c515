package app.clicks.slack.testing;

import com.slack.api.bolt.App;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import java.net.InetSocketAddress;
import java.net.URI;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

/** Serves a Bolt app at /slack/events on a local port with a minimal Jetty, so signatures are checked for real. */
public final class BoltServer implements AutoCloseable {
  private final Server server;

  private BoltServer(Server server) {
    this.server = server;
  }

  public static BoltServer start(App app) throws Exception {
    Server server = new Server(new InetSocketAddress("127.0.0.1", 0));
    ServletContextHandler context = new ServletContextHandler();
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), "/slack/events");
    server.setHandler(context);
    server.start();
    return new BoltServer(server);
  }

  public URI eventsUrl() {
    int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
    return URI.create("http://127.0.0.1:" + port + "/slack/events");
  }

  @Override
  public void close() throws Exception {
    server.stop();
  }
}
