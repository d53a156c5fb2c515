package app.clicks.slack.runtime;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Slack's Socket Mode end, for tests: a WebSocket server (RFC 6455, text frames, ping/pong and close; no
 * extensions) on 127.0.0.1 that greets each connection with Slack's "hello", sends the envelopes a test gives it
 * and records what the app sends back (its acknowledgements).
 */
final class SocketModeStandIn implements AutoCloseable {
  private static final String ACCEPT_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11";
  private static final String HELLO = "{\"type\":\"hello\",\"num_connections\":1,"
      + "\"debug_info\":{\"host\":\"applink-standin\",\"approximate_connection_time\":18060},"
      + "\"connection_info\":{\"app_id\":\"A0CLICKS\"}}";

  private final ServerSocket server;
  private final BlockingQueue<String> received = new LinkedBlockingQueue<>();
  private final CountDownLatch connected = new CountDownLatch(1);
  private volatile OutputStream out;
  private volatile Socket socket;

  SocketModeStandIn() throws IOException {
    server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
    Thread accept = new Thread(this::serve, "socket-mode-stand-in");
    accept.setDaemon(true);
    accept.start();
  }

  /** The URL apps.connections.open hands out. */
  String url() {
    return "ws://127.0.0.1:" + server.getLocalPort() + "/link/?ticket=standin";
  }

  /** Waits until the app has connected and been greeted. */
  boolean awaitConnection(long seconds) throws InterruptedException {
    return connected.await(seconds, TimeUnit.SECONDS);
  }

  /** Sends one text message (an envelope) to the connected app. */
  synchronized void send(String text) throws IOException {
    writeFrame(0x1, text.getBytes(StandardCharsets.UTF_8));
  }

  /** The next text message the app sent, or null after {@code seconds}. */
  String next(long seconds) throws InterruptedException {
    return received.poll(seconds, TimeUnit.SECONDS);
  }

  private void serve() {
    try {
      while (!server.isClosed()) {
        Socket s = server.accept();
        socket = s;
        try {
          handshake(s.getInputStream(), s.getOutputStream());
          out = s.getOutputStream();
          send(HELLO);
          connected.countDown();
          readFrames(new DataInputStream(s.getInputStream()));
        } catch (IOException e) {
          // the app went away; wait for the next connection
        } finally {
          s.close();
        }
      }
    } catch (IOException e) {
      // closed
    }
  }

  private static void handshake(InputStream in, OutputStream out) throws IOException {
    String request = readHeaders(in);
    String key = null;
    for (String line : request.split("\r\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals("sec-websocket-key")) {
        key = line.substring(colon + 1).trim();
      }
    }
    if (key == null) {
      out.write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      throw new IOException("not a WebSocket upgrade: " + request);
    }
    String response = "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
        + "Sec-WebSocket-Accept: " + accept(key) + "\r\n\r\n";
    out.write(response.getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  private static String readHeaders(InputStream in) throws IOException {
    ByteArrayOutputStream head = new ByteArrayOutputStream();
    int matched = 0;
    byte[] end = {'\r', '\n', '\r', '\n'};
    while (matched < 4) {
      int b = in.read();
      if (b < 0) {
        throw new EOFException("connection closed during the handshake");
      }
      head.write(b);
      matched = b == end[matched] ? matched + 1 : (b == '\r' ? 1 : 0);
    }
    return head.toString(StandardCharsets.US_ASCII);
  }

  private static String accept(String key) {
    try {
      byte[] sha1 = MessageDigest.getInstance("SHA-1")
          .digest((key + ACCEPT_GUID).getBytes(StandardCharsets.US_ASCII));
      return Base64.getEncoder().encodeToString(sha1);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Reads the client's (masked) frames until it closes: text goes to the queue, pings are answered. */
  private void readFrames(DataInputStream in) throws IOException {
    ByteArrayOutputStream message = new ByteArrayOutputStream();
    while (true) {
      int first = in.readUnsignedByte();
      int second = in.readUnsignedByte();
      boolean fin = (first & 0x80) != 0;
      int opcode = first & 0x0F;
      long length = second & 0x7F;
      if (length == 126) {
        length = in.readUnsignedShort();
      } else if (length == 127) {
        length = in.readLong();
      }
      byte[] mask = new byte[4];
      if ((second & 0x80) != 0) {
        in.readFully(mask);
      }
      byte[] payload = new byte[(int) length];
      in.readFully(payload);
      for (int i = 0; i < payload.length; i++) {
        payload[i] ^= mask[i % 4];
      }
      switch (opcode) {
        case 0x0, 0x1 -> {
          message.write(payload);
          if (fin) {
            received.add(message.toString(StandardCharsets.UTF_8));
            message.reset();
          }
        }
        case 0x8 -> {
          synchronized (this) {
            writeFrame(0x8, payload.length >= 2 ? new byte[] {payload[0], payload[1]} : new byte[0]);
          }
          return;
        }
        case 0x9 -> {
          synchronized (this) {
            writeFrame(0xA, payload);
          }
        }
        default -> {
          // pong or anything else: nothing to do
        }
      }
    }
  }

  private void writeFrame(int opcode, byte[] payload) throws IOException {
    OutputStream o = out;
    if (o == null) {
      throw new IOException("no app is connected");
    }
    ByteArrayOutputStream frame = new ByteArrayOutputStream(payload.length + 10);
    frame.write(0x80 | opcode);
    if (payload.length < 126) {
      frame.write(payload.length);
    } else if (payload.length < 65_536) {
      frame.write(126);
      frame.write(payload.length >>> 8);
      frame.write(payload.length & 0xFF);
    } else {
      frame.write(127);
      for (int shift = 56; shift >= 0; shift -= 8) {
        frame.write((int) ((long) payload.length >>> shift) & 0xFF);
      }
    }
    frame.write(payload);
    o.write(frame.toByteArray());
    o.flush();
  }

  @Override
  public void close() throws IOException {
    server.close();
    Socket s = socket;
    if (s != null) {
      s.close();
    }
  }
}
