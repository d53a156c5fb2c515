import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The floor for reading a chat_14 answer from a file in Java: read every byte through a 64 KiB buffer and count
 * the records (the '{' bytes), the least any parser must do. Prints the count so the work cannot be skipped.
 */
public final class ReadFloor {
  public static void main(String[] args) throws IOException {
    byte[] buf = new byte[1 << 16];
    long braces = 0;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      int n;
      while ((n = in.read(buf)) > 0) {
        for (int i = 0; i < n; i++) {
          if (buf[i] == '{') {
            braces++;
          }
        }
      }
    }
    System.out.println(braces - 1);
  }
}
