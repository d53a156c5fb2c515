package app.clicks.store;

import app.clicks.wolkvox.WolkvoxConnection;

/**
 * What an answer asks of the directory: the server (with its token and report timezone), who asks (for the call
 * budget) and the ids the answer met.
 */
public record DirectoryRequest(WolkvoxConnection connection, Purpose purpose, SeenIds seen) {
  public DirectoryRequest {
    if (connection == null || purpose == null || seen == null) {
      throw new IllegalArgumentException("a directory request needs a connection, a purpose and the ids seen");
    }
  }
}
