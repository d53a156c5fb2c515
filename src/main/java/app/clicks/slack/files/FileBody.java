package app.clicks.slack.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The bytes of a file to upload, with their length up front (files.getUploadURLExternal asks for it): a PNG in
 * memory, or a spooled CSV on disk, read as a stream and opened again if the upload starts over.
 */
public record FileBody(long length, Opener opener) {

  /** Opens the bytes from the start. */
  @FunctionalInterface
  public interface Opener {
    InputStream open() throws IOException;
  }

  public static FileBody of(byte[] bytes) {
    return new FileBody(bytes.length, () -> new ByteArrayInputStream(bytes));
  }

  /** The file at {@code path}, streamed (never read whole into memory). */
  public static FileBody of(Path path) throws IOException {
    return new FileBody(Files.size(path), () -> Files.newInputStream(path));
  }
}
