package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.core.store.ModelFiles;
import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * One running app per user: opening a .mnx file (a double click, a file manager) while the app runs
 * opens it in the running window instead of starting a second 600 MB process. The launch first
 * tries to {@link #handOver} its file (or, with none, asks the window to come forward) and exits
 * when the instance took it; otherwise it {@link #listen}s itself before JavaFX starts, so a second
 * double click during the first start-up already finds it. Requests that arrive before the window
 * is ready wait for {@link #onRequest}.
 */
public final class OneInstance implements AutoCloseable {
  private static final String SOCKET_NAME = "mnist-explorer.sock";

  /** Unix-domain socket paths are limited to about 108 bytes. */
  private static final int MAX_SOCKET_PATH = 100;

  private static final Duration DEADLINE = Duration.ofSeconds(5);

  private final InstanceSocket socket;
  private final ServerSocketChannel server;
  private final ExecutorService listener;
  private final List<InstanceSocket.Request> waiting = new ArrayList<>();
  private Consumer<InstanceSocket.Request> handler;

  private OneInstance(InstanceSocket socket, ServerSocketChannel server) {
    this.socket = socket;
    this.server = server;
    this.listener =
        Executors.newSingleThreadExecutor(AppAssembly.daemonThreads("mnist-explorer-instance"));
    listener.execute(this::acceptAll);
  }

  /**
   * Where the socket lives: {@code $XDG_RUNTIME_DIR} (the user's own, mode 0700, emptied at log
   * out), else a folder of the user's own in the cache folder. Empty when the path would be too
   * long for a socket.
   */
  static Optional<Path> socketPath(Map<String, String> environment, UserFolders folders) {
    String runtime = environment.getOrDefault("XDG_RUNTIME_DIR", "");
    Path folder =
        !runtime.isEmpty() && Path.of(runtime).isAbsolute() && Files.isDirectory(Path.of(runtime))
            ? Path.of(runtime)
            : folders.cacheDir().resolve("instance");
    Path path = folder.resolve(SOCKET_NAME).toAbsolutePath();
    return path.toString().length() <= MAX_SOCKET_PATH ? Optional.of(path) : Optional.empty();
  }

  /** The user's socket, or empty where there can be none. */
  private static Optional<InstanceSocket> userSocket() {
    return socketPath(System.getenv(), UserFolders.atDefaultLocation())
        .map(path -> new InstanceSocket(path, DEADLINE));
  }

  /**
   * Hands this launch over to the running instance: its model file, when the arguments are one,
   * else a request to come forward. True when the instance took it (this process should exit).
   */
  public static boolean handOver(String[] args) {
    InstanceSocket.Request request =
        args.length == 1 && args[0].endsWith("." + ModelFiles.EXTENSION)
            ? InstanceSocket.Request.open(Path.of(args[0]))
            : InstanceSocket.Request.raise();
    return userSocket().map(socket -> socket.handOver(request)).orElse(false);
  }

  /** Makes this process the user's instance; empty when it cannot (it then runs alone). */
  public static Optional<OneInstance> listen() {
    return userSocket().flatMap(OneInstance::listenAt);
  }

  static Optional<OneInstance> listenAt(InstanceSocket socket) {
    return socket.bind().map(server -> new OneInstance(socket, server));
  }

  /**
   * Who handles requests from now on (called on the listener's thread; the app passes them to the
   * FX thread). Requests that came before are handed over at once.
   */
  void onRequest(Consumer<InstanceSocket.Request> handler) {
    List<InstanceSocket.Request> earlier;
    synchronized (this) {
      this.handler = handler;
      earlier = new ArrayList<>(waiting);
      waiting.clear();
    }
    earlier.forEach(handler);
  }

  private void acceptAll() {
    while (server.isOpen()) {
      try (SocketChannel connection = server.accept()) {
        socket.answer(connection).ifPresent(this::deliver);
      } catch (ClosedChannelException e) {
        return; // closed: the app is quitting
      } catch (IOException e) {
        // One client's broken connection; the next one is served as usual.
      }
    }
  }

  private void deliver(InstanceSocket.Request request) {
    Consumer<InstanceSocket.Request> current;
    synchronized (this) {
      current = handler;
      if (current == null) {
        waiting.add(request);
        return;
      }
    }
    current.accept(request);
  }

  /** Stops listening and removes the socket, so the next launch starts at once. */
  @Override
  public void close() {
    try {
      server.close();
      Files.deleteIfExists(socket.path());
    } catch (IOException e) {
      // The next instance replaces a stale socket anyway.
    }
    listener.shutdownNow();
  }
}
