package app.clicks.store;

import app.clicks.wolkvox.ClickSource;
import app.clicks.wolkvox.Window;
import app.clicks.wolkvox.WindowReceiver;
import app.clicks.wolkvox.WolkvoxConnection;
import app.clicks.wolkvox.WolkvoxException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The click source, noting what each call proves about its token: a fetch that succeeds proves the token on its
 * server ({@link TokenProofs#proved}), a token refused makes that proof lapse. A proof that cannot be written is only
 * logged (the next answer renews it): the fetch's outcome is the caller's.
 */
final class ProvingSource implements ClickSource {
  private static final Logger LOG = LoggerFactory.getLogger(ProvingSource.class);

  private final ClickSource source;
  private final TokenProofs proofs;

  ProvingSource(ClickSource source, TokenProofs proofs) {
    this.source = source;
    this.proofs = proofs;
  }

  @Override
  public String name() {
    return source.name();
  }

  @Override
  public int fetch(WolkvoxConnection connection, Window window, WindowReceiver receiver) throws WolkvoxException {
    int requests;
    try {
      requests = source.fetch(connection, window, receiver);
    } catch (WolkvoxException e) {
      if (e.kind() == WolkvoxException.Kind.TOKEN_REJECTED) {
        note(connection, false);
      }
      throw e;
    }
    note(connection, true);
    return requests;
  }

  private void note(WolkvoxConnection connection, boolean success) {
    try {
      if (success) {
        proofs.proved(connection);
      } else {
        proofs.lapsed(connection);
      }
    } catch (RuntimeException e) {
      LOG.warn("server {}: the token proof could not be {} ({})", connection.serverId(),
          success ? "recorded" : "dropped", e.getClass().getSimpleName());
    }
  }
}
