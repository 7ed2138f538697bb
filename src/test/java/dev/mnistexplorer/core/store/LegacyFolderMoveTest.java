package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegacyFolderMoveTest {
  @TempDir Path temp;

  private Path legacy() {
    return temp.resolve("home/.mnist-explorer");
  }

  private UserFolders folders() {
    return UserFolders.resolve(Map.of(), temp.resolve("home").toString(), key -> null);
  }

  private Path write(Path file, String text) throws IOException {
    Files.createDirectories(file.getParent());
    return Files.writeString(file, text);
  }

  private void fillLegacyFolder() throws IOException {
    write(legacy().resolve("settings.json"), "{\"theme\":\"dark\"}");
    write(legacy().resolve("runs/run-1.json"), "run one");
    write(legacy().resolve("my-digits/3/digit.png"), "three");
    write(legacy().resolve("datasets/fashion-mnist/train-images"), "images");
    write(legacy().resolve("djl/pytorch/libtorch.so"), "native");
    write(legacy().resolve("notes.txt"), "a file the app never made");
  }

  @Test
  void everyEntryMovesToItsXdgFolderAndTheOldFolderGoes() throws IOException {
    fillLegacyFolder();
    UserFolders folders = folders();

    LegacyFolderMove.Outcome outcome = LegacyFolderMove.move(legacy(), folders);

    assertThat(outcome.moved()).as(outcome.message()).isTrue();
    assertThat(folders.settingsFile()).hasContent("{\"theme\":\"dark\"}");
    assertThat(folders.runHistory().resolve("run-1.json")).hasContent("run one");
    assertThat(folders.myDigits().resolve("3/digit.png")).hasContent("three");
    assertThat(folders.datasets().resolve("fashion-mnist/train-images")).hasContent("images");
    assertThat(folders.djlCache().resolve("pytorch/libtorch.so")).hasContent("native");
    assertThat(folders.dataDir().resolve("notes.txt")).hasContent("a file the app never made");
    assertThat(legacy()).doesNotExist();
  }

  @Test
  void aSecondRunFindsNothingToMove() throws IOException {
    fillLegacyFolder();
    LegacyFolderMove.move(legacy(), folders());

    LegacyFolderMove.Outcome again = LegacyFolderMove.move(legacy(), folders());

    assertThat(again.moved()).isFalse();
    assertThat(folders().settingsFile()).hasContent("{\"theme\":\"dark\"}");
  }

  @Test
  void anExistingTargetLeavesTheOldFolderUntouchedAndSaysWhich() throws IOException {
    fillLegacyFolder();
    write(folders().runHistory().resolve("newer.json"), "made by a newer release");

    LegacyFolderMove.Outcome outcome = LegacyFolderMove.move(legacy(), folders());

    assertThat(outcome.moved()).isFalse();
    assertThat(outcome.message()).contains(folders().runHistory().toString(), "exists already");
    assertThat(legacy().resolve("settings.json")).hasContent("{\"theme\":\"dark\"}");
    assertThat(legacy().resolve("djl/pytorch/libtorch.so")).exists();
    assertThat(folders().settingsFile()).doesNotExist();
  }

  @Test
  void aFailedMovePutsBackWhatAlreadyMoved() throws IOException {
    fillLegacyFolder();
    // settings.json moves last (name order), and its folder cannot be made: a file is in the way.
    write(folders().configDir(), "a file where the config folder should be");

    LegacyFolderMove.Outcome outcome = LegacyFolderMove.move(legacy(), folders());

    assertThat(outcome.moved()).isFalse();
    assertThat(outcome.message()).contains("could not move", "settings.json", "put back");
    assertThat(legacy().resolve("settings.json")).hasContent("{\"theme\":\"dark\"}");
    assertThat(legacy().resolve("runs/run-1.json")).hasContent("run one");
    assertThat(legacy().resolve("my-digits/3/digit.png")).hasContent("three");
    assertThat(legacy().resolve("djl/pytorch/libtorch.so")).hasContent("native");
    assertThat(folders().runHistory()).doesNotExist();
    assertThat(folders().djlCache()).doesNotExist();
  }

  @Test
  void aFileWhereTheFolderShouldBeIsLeftAlone() throws IOException {
    write(legacy(), "not a folder");

    LegacyFolderMove.Outcome outcome = LegacyFolderMove.move(legacy(), folders());

    assertThat(outcome.moved()).isFalse();
    assertThat(legacy()).hasContent("not a folder");
  }

  @Test
  void aFolderTreeCopiedAcrossDisksArrivesWholeAndTheOriginalGoes() throws IOException {
    write(legacy().resolve("runs/a/b.json"), "deep");
    write(legacy().resolve("runs/top.json"), "top");

    LegacyFolderMove.copyThenDelete(legacy().resolve("runs"), temp.resolve("elsewhere"));

    assertThat(temp.resolve("elsewhere/top.json")).hasContent("top");
    assertThat(temp.resolve("elsewhere/a/b.json")).hasContent("deep");
    assertThat(legacy().resolve("runs")).doesNotExist();
  }
}
