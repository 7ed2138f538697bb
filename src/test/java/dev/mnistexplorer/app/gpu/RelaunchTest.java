package dev.mnistexplorer.app.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The restart for a GPU choice, checked before the window closes, and the note a start that failed
 * afterwards leaves for the next one.
 */
class RelaunchTest {
  @TempDir Path dir;

  @Test
  void aLauncherThatIsGoneOrNotExecutableIsFoundBeforeTheAppQuits() throws IOException {
    Path gone = dir.resolve("MNIST Explorer");
    Path plain = Files.writeString(dir.resolve("launcher"), "#!/bin/sh\n");
    Files.setPosixFilePermissions(plain, PosixFilePermissions.fromString("rw-r--r--"));

    assertThat(Relaunch.notStartable(List.of(gone.toString()))).contains(gone);
    assertThat(Relaunch.notStartable(List.of(plain.toString(), "-jar", "app.jar"))).contains(plain);
    assertThat(Relaunch.notStartable(List.of(dir.toString()))).as("a folder").contains(dir);
  }

  @Test
  void thisProcessCanBeStartedAgain() {
    List<String> command = Relaunch.currentCommand().orElseThrow();

    assertThat(Relaunch.notStartable(command)).isEmpty();
  }

  @Test
  void aNoteLeftByAFailedRestartIsReadOnceAtTheNextStartThenGone() {
    RestartNote note = new RestartNote(dir.resolve("cache"));

    assertThat(note.leave("/opt/app/bin/MNIST Explorer: permission denied")).isTrue();

    RestartNote nextStart = new RestartNote(dir.resolve("cache"));
    assertThat(nextStart.takeOnce()).contains("/opt/app/bin/MNIST Explorer: permission denied");
    assertThat(nextStart.takeOnce()).isEmpty();
    assertThat(dir.resolve("cache").resolve(RestartNote.FILE_NAME)).doesNotExist();
    assertThat(GpuText.restartFailed("/opt/app/bin/MNIST Explorer: permission denied"))
        .isEqualTo(
            "The app could not restart itself after the GPU choice: /opt/app/bin/MNIST Explorer:"
                + " permission denied. The choice is saved; it takes effect now.");
  }

  @Test
  void aStartThatFailsAfterTheAppQuitLeavesItsReasonForTheNextStart() {
    RestartNote note = new RestartNote(dir);
    Path gone = dir.resolve("gone-launcher");

    note.startOrLeave(() -> new ProcessBuilder(gone.toString()).start());

    assertThat(note.takeOnce())
        .hasValueSatisfying(reason -> assertThat(reason).contains(gone.toString()));
  }

  @Test
  void aNoteThatCannotBeWrittenDoesNotStopTheAppQuitting() throws IOException {
    Path blocker = Files.writeString(dir.resolve("cache"), "a file, not a folder");

    assertThat(new RestartNote(blocker).leave("why")).isFalse();
    assertThat(new RestartNote(blocker).takeOnce()).isEmpty();
  }
}
