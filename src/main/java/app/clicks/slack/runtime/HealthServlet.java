package app.clicks.slack.runtime;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * GET /health: 200 {"status":"up","checks":{"database":"up"}} when every check answers, 503 with "down" where one
 * does not. Names only, never error text.
 */
final class HealthServlet extends HttpServlet {
  private static final Logger log = LoggerFactory.getLogger(HealthServlet.class);

  private final transient Map<String, SlackBot.HealthCheck> checks;

  HealthServlet(Map<String, SlackBot.HealthCheck> checks) {
    this.checks = new LinkedHashMap<>(checks);
  }

  @Override
  protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    boolean allUp = true;
    StringBuilder json = new StringBuilder("{\"checks\":{");
    boolean first = true;
    for (Map.Entry<String, SlackBot.HealthCheck> c : checks.entrySet()) {
      boolean up = run(c.getKey(), c.getValue());
      allUp &= up;
      json.append(first ? "" : ",").append('"').append(c.getKey()).append("\":\"").append(up ? "up" : "down")
          .append('"');
      first = false;
    }
    json.append("},\"status\":\"").append(allUp ? "up" : "down").append("\"}");
    resp.setStatus(allUp ? 200 : 503);
    resp.setContentType("application/json");
    resp.setCharacterEncoding("UTF-8");
    resp.setHeader("Cache-Control", "no-store");
    resp.getOutputStream().write(json.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static boolean run(String name, SlackBot.HealthCheck check) {
    try {
      return check.up();
    } catch (Exception e) {
      log.warn("health check {} failed: {}", name, e.getClass().getSimpleName());
      return false;
    }
  }
}
