package dev.mnistexplorer.app.shell;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Optional;

/**
 * The Unix-domain socket through which a second launch of the app hands its model file to the
 * running one (plain Java, no toolkit: tested directly). The protocol is one line each way: the
 * launch sends {@code open /absolute/path.mnx} or {@code raise}, the instance answers {@code ok} or
 * {@code error REASON}. A line is at most {@link #MAX_LINE} bytes and must arrive within the
 * deadline, so a stray or hostile client can neither flood nor stall the listener. The socket file
 * is the user's alone (mode 0600, in a folder only the user owns and can enter: no listener
 * otherwise), and one whose listener has gone (the app was killed) is replaced by the next
 * instance.
 */
final class InstanceSocket {
  /** The longest line either side accepts, newline included: a path of 4,000 bytes fits. */
  static final int MAX_LINE = 4096;

  static final String OK = "ok";
  private static final String OPEN = "open ";
  private static final String RAISE = "raise";

  private final Path socket;
  private final Duration deadline;

  InstanceSocket(Path socket, Duration deadline) {
    this.socket = socket;
    this.deadline = deadline;
  }

  Path path() {
    return socket;
  }

  /** What a launch asks of the running instance: open a model file, or (none) just come forward. */
  record Request(Optional<Path> file) {
    static Request raise() {
      return new Request(Optional.empty());
    }

    static Request open(Path file) {
      return new Request(Optional.of(file.toAbsolutePath().normalize()));
    }

    String line() {
      return file.map(path -> OPEN + path).orElse(RAISE);
    }

    /** The request a line states, or empty when it is not one (relative path, NUL, junk). */
    static Optional<Request> parse(String line) {
      if (line.equals(RAISE)) {
        return Optional.of(raise());
      }
      if (!line.startsWith(OPEN) || line.indexOf('\0') >= 0) {
        return Optional.empty();
      }
      try {
        Path file = Path.of(line.substring(OPEN.length()));
        return file.isAbsolute() ? Optional.of(new Request(Optional.of(file))) : Optional.empty();
      } catch (InvalidPathException e) {
        return Optional.empty();
      }
    }
  }

  /**
   * Sends {@code request} to the running instance; true when it answered {@code ok}. False when
   * there is none (no socket file, or a stale one), or it did not answer in time: then this process
   * carries on as the app.
   */
  boolean handOver(Request request) {
    try {
      // Only to a socket in a folder no one else can enter: elsewhere another user could have
      // bound the name first and would learn every file this user opens.
      if (!Files.exists(socket) || !isPrivate(socket.getParent())) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      channel.write(ByteBuffer.wrap((request.line() + "\n").getBytes(StandardCharsets.UTF_8)));
      return OK.equals(readLine(channel).orElse(""));
    } catch (IOException e) {
      return false; // refused: nobody listens there any more
    }
  }

  /**
   * Makes this process the instance: binds the socket, replacing a stale one. Empty when another
   * instance listens there (it was started at the same moment) or the socket cannot be made; the
   * app then runs without taking hand-overs.
   */
  Optional<ServerSocketChannel> bind() {
    try {
      Path folder = socket.getParent();
      if (!Files.isDirectory(folder)) {
        Files.createDirectories(
            folder,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
      }
      if (!isPrivate(folder)) {
        return Optional.empty(); // others could reach the socket (or replace it) there
      }
      if (Files.exists(socket)) {
        if (isLive()) {
          return Optional.empty();
        }
        Files.delete(socket);
      }
      ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
      server.bind(UnixDomainSocketAddress.of(socket));
      Files.setPosixFilePermissions(socket, PosixFilePermissions.fromString("rw-------"));
      return Optional.of(server);
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.empty();
    }
  }

  /** Whether only the user can enter and change {@code folder} (as XDG_RUNTIME_DIR must be). */
  private static boolean isPrivate(Path folder) throws IOException {
    String user = System.getProperty("user.name");
    boolean othersMayEnter =
        Files.getPosixFilePermissions(folder).stream()
            .anyMatch(
                permission ->
                    permission.name().startsWith("GROUP_")
                        || permission.name().startsWith("OTHERS_"));
    return !othersMayEnter && Files.getOwner(folder).getName().equals(user);
  }

  private boolean isLive() {
    try (SocketChannel probe = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Reads one request from a connection the instance accepted and answers it; the request when it
   * was well formed, empty (after answering {@code error}) when not.
   */
  Optional<Request> answer(SocketChannel connection) throws IOException {
    Optional<String> line = readLine(connection);
    Optional<Request> request = line.flatMap(Request::parse);
    String refusal = line.isEmpty() ? "error no line" : "error bad request"; // not UI text
    String reply = request.isPresent() ? OK : refusal;
    connection.configureBlocking(true);
    connection.write(ByteBuffer.wrap((reply + "\n").getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  /** One line of at most {@link #MAX_LINE} bytes within the deadline; empty otherwise. */
  private Optional<String> readLine(SocketChannel channel) throws IOException {
    long end = System.nanoTime() + deadline.toNanos();
    ByteBuffer buffer = ByteBuffer.allocate(MAX_LINE);
    channel.configureBlocking(false);
    try (Selector selector = Selector.open()) {
      channel.register(selector, SelectionKey.OP_READ);
      while (buffer.hasRemaining()) {
        long left = (end - System.nanoTime()) / 1_000_000;
        if (left <= 0 || selector.select(left) == 0) {
          return Optional.empty(); // too slow
        }
        selector.selectedKeys().clear();
        if (channel.read(buffer) < 0) {
          return Optional.empty(); // closed before the newline
        }
        for (int i = 0; i < buffer.position(); i++) {
          if (buffer.get(i) == '\n') {
            return Optional.of(new String(buffer.array(), 0, i, StandardCharsets.UTF_8));
          }
        }
      }
      return Optional.empty(); // too long
    }
  }
}
