package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-instance protocol, without the toolkit: a second launch hands its file over, a stale
 * socket is replaced, a second listener does not steal the first one's socket, and junk, oversized
 * or silent clients are refused without stopping the listener.
 */
class OneInstanceTest {
  private Path folder;
  private InstanceSocket socket;
  private OneInstance first;
  private final LinkedBlockingQueue<InstanceSocket.Request> received = new LinkedBlockingQueue<>();

  @BeforeEach
  void makeFolder() throws IOException {
    // /tmp rather than JUnit's temp dir: a socket path must stay under about 100 bytes.
    folder = Files.createTempDirectory(Path.of("/tmp"), "mx-inst");
    socket = new InstanceSocket(folder.resolve("app.sock"), Duration.ofMillis(500));
  }

  @AfterEach
  void closeAll() throws IOException {
    if (first != null) {
      first.close();
    }
    Files.deleteIfExists(folder.resolve("app.sock"));
    Files.deleteIfExists(folder);
  }

  private void listen() {
    first = OneInstance.listenAt(socket).orElseThrow();
    first.onRequest(received::add);
  }

  @Test
  void aSecondLaunchHandsItsFileToTheRunningInstance() throws Exception {
    listen();

    boolean taken = socket.handOver(InstanceSocket.Request.open(Path.of("/home/pupil/seven.mnx")));

    assertThat(taken).isTrue();
    assertThat(received.poll(5, TimeUnit.SECONDS).file())
        .contains(Path.of("/home/pupil/seven.mnx"));
  }

  @Test
  void aLaunchWithoutAFileAsksTheWindowToComeForward() throws Exception {
    listen();

    assertThat(socket.handOver(InstanceSocket.Request.raise())).isTrue();
    assertThat(received.poll(5, TimeUnit.SECONDS).file()).isEmpty();
  }

  @Test
  void requestsBeforeTheWindowIsReadyWaitForIt() throws Exception {
    first = OneInstance.listenAt(socket).orElseThrow();
    assertThat(socket.handOver(InstanceSocket.Request.open(Path.of("/a/b.mnx")))).isTrue();

    first.onRequest(received::add);

    assertThat(received.poll(5, TimeUnit.SECONDS).file()).contains(Path.of("/a/b.mnx"));
  }

  @Test
  void withNoInstanceRunningTheLaunchCarriesOn() {
    assertThat(socket.handOver(InstanceSocket.Request.raise())).isFalse();
  }

  @Test
  void aStaleSocketIsReplacedAndTheNewProcessBecomesTheInstance() throws Exception {
    // A socket file whose listener is gone, as a killed app leaves it.
    ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
    dead.bind(UnixDomainSocketAddress.of(socket.path()));
    dead.close();
    assertThat(socket.path()).exists();

    assertThat(socket.handOver(InstanceSocket.Request.raise())).isFalse();
    listen();

    assertThat(socket.handOver(InstanceSocket.Request.open(Path.of("/x.mnx")))).isTrue();
    assertThat(received.poll(5, TimeUnit.SECONDS).file()).contains(Path.of("/x.mnx"));
  }

  @Test
  void aSecondInstanceDoesNotTakeTheRunningOnesSocket() {
    listen();

    assertThat(OneInstance.listenAt(socket)).isEmpty();
    assertThat(socket.handOver(InstanceSocket.Request.raise())).isTrue();
  }

  @Test
  void theSocketIsTheUsersAlone() throws IOException {
    listen();

    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.path())))
        .isEqualTo("rw-------");
  }

  @Test
  void noInstanceListensInAFolderOthersCanEnter() throws IOException {
    Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));

    assertThat(OneInstance.listenAt(socket)).isEmpty();
    assertThat(socket.path()).doesNotExist();
  }

  @Test
  void anOversizedLineIsRefusedAndTheListenerServesTheNextLaunch() throws Exception {
    listen();

    String reply = rawExchange("open /" + "a".repeat(3 * InstanceSocket.MAX_LINE) + ".mnx\n");

    assertThat(reply).doesNotStartWith(InstanceSocket.OK);
    assertThat(socket.handOver(InstanceSocket.Request.open(Path.of("/ok.mnx")))).isTrue();
    assertThat(received.poll(5, TimeUnit.SECONDS).file()).contains(Path.of("/ok.mnx"));
    assertThat(received).isEmpty();
  }

  @Test
  void junkRelativePathsAndSilentClientsAreRefused() throws Exception {
    listen();

    assertThat(rawExchange("rm -rf /\n")).startsWith("error");
    assertThat(rawExchange("open relative/model.mnx\n")).startsWith("error");
    assertThat(rawExchange("open /with\0nul.mnx\n")).startsWith("error");
    assertThat(rawExchange("")).startsWith("error"); // says nothing: answered after the deadline

    assertThat(socket.handOver(InstanceSocket.Request.raise())).isTrue();
    assertThat(received.poll(5, TimeUnit.SECONDS).file()).isEmpty();
    assertThat(received).isEmpty();
  }

  @Test
  void requestLinesRoundTrip() {
    InstanceSocket.Request open = InstanceSocket.Request.open(Path.of("/m/n.mnx"));

    assertThat(InstanceSocket.Request.parse(open.line())).contains(open);
    assertThat(InstanceSocket.Request.parse("raise")).contains(InstanceSocket.Request.raise());
    assertThat(InstanceSocket.Request.parse("open ")).isEmpty();
  }

  @Test
  void theSocketLivesInTheRuntimeFolderElseInTheCache() throws IOException {
    UserFolders folders = new UserFolders(folder.resolve("home"));

    assertThat(OneInstance.socketPath(Map.of("XDG_RUNTIME_DIR", folder.toString()), folders))
        .contains(folder.resolve("mnist-explorer.sock"));
    assertThat(OneInstance.socketPath(Map.of(), folders))
        .contains(folders.cacheDir().resolve("instance").resolve("mnist-explorer.sock"));
    UserFolders deep = new UserFolders(folder.resolve("x".repeat(120)));
    assertThat(OneInstance.socketPath(Map.of(), deep)).isEqualTo(Optional.empty());
  }

  /** Sends raw bytes as a client would and returns the instance's reply line. */
  private String rawExchange(String sent) throws IOException {
    try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket.path()))) {
      try {
        channel.write(ByteBuffer.wrap(sent.getBytes(StandardCharsets.UTF_8)));
      } catch (IOException e) {
        // The instance may hang up before an oversized message is all written.
      }
      ByteBuffer reply = ByteBuffer.allocate(256);
      try {
        channel.read(reply);
      } catch (IOException e) {
        return "closed";
      }
      return new String(reply.array(), 0, reply.position(), StandardCharsets.UTF_8);
    }
  }
}
