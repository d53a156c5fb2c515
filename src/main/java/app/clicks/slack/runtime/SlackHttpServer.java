package app.clicks.slack.runtime;

import com.slack.api.bolt.App;
import app.clicks.slack.common.BoltApps;
import com.slack.api.bolt.jakarta_servlet.SlackAppServlet;
import jakarta.servlet.http.HttpServlet;
import com.slack.api.bolt.jakarta_servlet.SlackOAuthAppServlet;
import java.time.Duration;
import java.util.Map;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * HTTP mode: Bolt on embedded Jetty at POST /slack/events (slash commands, events and interactivity alike) and
 * GET /health, any other endpoints given (Teams' POST /teams/messages), and with many workspaces GET /slack/install
 * and GET /slack/oauth_redirect (the install). Port 0 picks a free port (tests). Closing stops accepting requests and
 * lets running ones finish.
 */
final class SlackHttpServer implements AutoCloseable {
  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SlackHttpServer.class);
  static final String EVENTS_PATH = "/slack/events";
  static final String HEALTH_PATH = "/health";

  private final Server server;
  private final ServerConnector connector;

  SlackHttpServer(App app, int port, Map<String, SlackBot.HealthCheck> checks, Duration grace) {
    this(app, port, checks, Map.of(), grace);
  }

  /** With more endpoints by path (POST /teams/messages), served beside /slack/events on the same port. */
  SlackHttpServer(App app, int port, Map<String, SlackBot.HealthCheck> checks, Map<String, HttpServlet> endpoints,
      Duration grace) {
    // A burst of slash commands wants many threads at once: 16 are kept ready, so the first acks do not wait for
    // thread starts (an idle thread costs only its reserved stack).
    QueuedThreadPool threads = new QueuedThreadPool(50, 16);
    threads.setName("http");
    server = new Server(threads);
    // Two selectors (Jetty's default is one on 2 cores): closing the connections of a burst contends less on one
    // selector's lock.
    connector = new ServerConnector(server, 1, 2);
    connector.setPort(port);
    // A burst of slash commands opens many connections at once: the kernel queues them (instead of dropping SYNs,
    // which costs the sender a 1 s retransmit, or resetting them) until the acceptor takes them.
    connector.setAcceptQueueSize(512);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    context.setContextPath("/");
    context.addServlet(new ServletHolder(new SlackAppServlet(app)), EVENTS_PATH);
    context.addServlet(new ServletHolder(new HealthServlet(checks)), HEALTH_PATH);
    endpoints.forEach((path, servlet) -> context.addServlet(new ServletHolder(servlet), path));
    if (app.config().isDistributedApp()) {
      ServletHolder install = new ServletHolder(new SlackOAuthAppServlet(app));
      context.addServlet(install, BoltApps.INSTALL_PATH);
      context.addServlet(install, BoltApps.REDIRECT_PATH);
    }
    server.setHandler(new GracefulHandler(context));
    server.setStopTimeout(grace.toMillis());
    server.setStopAtShutdown(false);
  }

  /** Starts listening; returns this. */
  SlackHttpServer start() throws Exception {
    server.start();
    return this;
  }

  /** The port it listens on (the chosen one when started on port 0). */
  int port() {
    return connector.getLocalPort();
  }

  /** Stops accepting, waits up to the grace period for requests in flight (and idle keep-alive connections). */
  @Override
  public void close() throws Exception {
    try {
      server.stop();
    } catch (java.util.concurrent.TimeoutException e) {
      log.warn("HTTP connections were still open after the grace period; the server stopped anyway");
    }
  }
}
