package dev.mnistexplorer.app.gpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Starts the app again the way it was started, so a new libtorch can load (libtorch loads once per
 * JVM): the installed app's launcher ({@code jpackage.app-path}), else this process's own java
 * command and arguments as the operating system reports them. On Linux and macOS the new process
 * waits, in a small shell loop, until this one has exited, so it never meets the old window (which
 * a single-instance app would hand the start to).
 */
public final class Relaunch {
  private static final String WAIT_FOR_EXIT =
      "while kill -0 \"$0\" 2>/dev/null; do sleep 0.2; done; exec \"$@\""; // not UI text
  private static final Path SHELL = Path.of("/bin/sh");

  private Relaunch() {}

  /**
   * The command that starts this app again, or empty when the operating system does not say how
   * this process was started.
   *
   * @param launcher the installed app's launcher ({@code jpackage.app-path}), or null
   * @param command this process's executable ({@link ProcessHandle.Info#command()})
   * @param arguments its arguments ({@link ProcessHandle.Info#arguments()})
   */
  public static Optional<List<String>> command(
      String launcher, Optional<String> command, Optional<String[]> arguments) {
    if (launcher != null && !launcher.isBlank()) {
      return Optional.of(List.of(launcher));
    }
    if (command.isEmpty() || arguments.isEmpty()) {
      return Optional.empty();
    }
    List<String> line = new ArrayList<>();
    line.add(command.get());
    line.addAll(List.of(arguments.get()));
    return Optional.of(List.copyOf(line));
  }

  /** This process's command, from the system properties and the process table. */
  public static Optional<List<String>> currentCommand() {
    ProcessHandle.Info info = ProcessHandle.current().info();
    return command(System.getProperty("jpackage.app-path"), info.command(), info.arguments());
  }

  /** The command wrapped so it starts once process {@code pid} has exited (where a shell is). */
  public static List<String> afterExit(long pid, List<String> command) {
    if (!Files.isExecutable(SHELL)) {
      return command;
    }
    List<String> line =
        new ArrayList<>(List.of(SHELL.toString(), "-c", WAIT_FOR_EXIT, Long.toString(pid)));
    line.addAll(command);
    return List.copyOf(line);
  }

  /**
   * The program in {@code command} when it cannot be run (gone, or not executable), else empty:
   * asked before the app quits to restart, as a failure to start it afterwards has no window left
   * to say so in.
   */
  public static Optional<Path> notStartable(List<String> command) {
    Path program = Path.of(command.get(0));
    return Files.isRegularFile(program) && Files.isExecutable(program)
        ? Optional.empty()
        : Optional.of(program);
  }

  /** Starts {@code command} once this process has exited. */
  public static void startAfterThisExits(List<String> command) throws IOException {
    new ProcessBuilder(afterExit(ProcessHandle.current().pid(), command)).inheritIO().start();
  }
}
