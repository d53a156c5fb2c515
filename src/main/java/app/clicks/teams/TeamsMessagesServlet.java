package app.clicks.teams;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * POST /teams/messages on the app's HTTP server: reads at most {@link TeamsCommands#MAX_BODY} bytes (one more tells
 * an oversize body, which is refused unread) and writes {@link TeamsCommands}'s reply. Never a stack trace.
 */
final class TeamsMessagesServlet extends HttpServlet {
  private final transient TeamsCommands commands;

  TeamsMessagesServlet(TeamsCommands commands) {
    this.commands = commands;
  }

  @Override
  protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
    byte[] body;
    if (req.getContentLengthLong() > TeamsCommands.MAX_BODY) {
      body = null;
    } else {
      try (InputStream in = req.getInputStream()) {
        body = in.readNBytes(TeamsCommands.MAX_BODY + 1);
      }
    }
    TeamsCommands.Reply reply = commands.answer(req.getHeader("Authorization"), body);
    resp.setStatus(reply.status());
    resp.setHeader("Cache-Control", "no-store");
    byte[] out;
    if (reply.json() != null) {
      resp.setContentType("application/json");
      out = TeamsCard.compact(reply.json()).getBytes(StandardCharsets.UTF_8);
    } else {
      resp.setContentType("text/plain");
      out = (reply.plain() + "\n").getBytes(StandardCharsets.UTF_8);
    }
    resp.setCharacterEncoding("UTF-8");
    resp.setContentLength(out.length);
    resp.getOutputStream().write(out);
  }
}
