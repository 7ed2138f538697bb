package dev.mnistexplorer.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunHistoryTest {
  @TempDir Path dir;

  private RunHistory history() {
    return new RunHistory(dir.resolve("runs"));
  }

  @Test
  void aSavedRunReadsBackTheSame() throws IOException {
    RunRecord run =
        RunRecords.sample("20261202-105512-3f2a", Instant.parse("2026-12-02T10:55:12Z"));
    history().save(run);

    RunHistory.Loaded loaded = history().load();

    assertThat(loaded.skipped()).isEmpty();
    assertThat(loaded.runs()).containsExactly(run);
    RunRecord back = loaded.runs().get(0);
    assertThat(back.config().stopAtAccuracy()).isEqualTo(0.97f);
    assertThat(back.config().patience()).isEqualTo(2);
    assertThat(Double.isNaN(back.testLoss().yAt(1))).isTrue(); // a NaN point stays missing
  }

  @Test
  void noFolderYetMeansNoRuns() {
    assertThat(history().load().runs()).isEmpty();
    assertThat(history().load().skipped()).isEmpty();
  }

  @Test
  void runsComeBackOldestFirstAndADeletedOneIsGone() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("b", Instant.parse("2026-12-02T11:00:00Z")));
    history.save(RunRecords.sample("a", Instant.parse("2026-12-02T10:00:00Z")));

    assertThat(history.load().runs()).extracting(RunRecord::id).containsExactly("a", "b");

    history.delete("a");
    assertThat(history.load().runs()).extracting(RunRecord::id).containsExactly("b");
    assertThat(Files.exists(history.fileOf("a"))).isFalse();
  }

  @Test
  void savingAgainReplacesTheRunAndLeavesNoTemporaryFile() throws IOException {
    RunHistory history = history();
    RunRecord run = RunRecords.sample("a", Instant.EPOCH);
    history.save(run);
    history.save(run.withSavedModel(Path.of("/elsewhere/net.mnx")));

    assertThat(history.load().runs().get(0).savedModel()).isEqualTo(Path.of("/elsewhere/net.mnx"));
    try (var files = Files.list(dir.resolve("runs"))) {
      assertThat(files).hasSize(1);
    }
  }

  @Test
  void aTooBigFileIsSkippedWithItsSize() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("good", Instant.EPOCH));
    Files.write(history.fileOf("big"), new byte[(int) RunHistory.MAX_FILE_BYTES + 1]);

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).extracting(RunRecord::id).containsExactly("good");
    assertThat(loaded.skipped()).singleElement().asString().contains("run-big.json", "bytes");
  }

  @Test
  void aFileThatIsNotJsonIsSkipped() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("good", Instant.EPOCH));
    Files.writeString(history.fileOf("broken"), "{ not json", StandardCharsets.UTF_8);

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).extracting(RunRecord::id).containsExactly("good");
    assertThat(loaded.skipped()).singleElement().asString().contains("run-broken.json", "JSON");
  }

  @Test
  void jsonOfTheWrongShapeIsSkippedNamingTheField() throws IOException {
    RunHistory history = history();
    Files.createDirectories(dir.resolve("runs"));
    Files.writeString(history.fileOf("list"), "[1, 2, 3]");
    Files.writeString(
        history.fileOf("nocurves"),
        "{\"format\": 1, \"id\": \"nocurves\", \"started\": \"2026-12-02T10:00:00Z\"}");

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).isEmpty();
    assertThat(loaded.skipped()).hasSize(2);
    assertThat(String.join("\n", loaded.skipped())).contains("one run", "'curves'");
  }

  @Test
  void aFileNamedForAnotherRunIsSkipped() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("a", Instant.EPOCH));
    Files.move(history.fileOf("a"), history.fileOf("b"));

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).isEmpty();
    assertThat(loaded.skipped()).singleElement().asString().contains("does not match");
  }

  @Test
  void aFolderInPlaceOfAFileIsSkippedAndNotDeleted() throws IOException {
    RunHistory history = history();
    history.save(RunRecords.sample("good", Instant.EPOCH));
    Files.createDirectories(history.fileOf("folder"));

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).extracting(RunRecord::id).containsExactly("good");
    assertThat(loaded.skipped()).singleElement().asString().contains("not a regular file");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> history.delete("folder"))
        .hasMessageContaining("is a folder");
    assertThat(Files.isDirectory(history.fileOf("folder"))).isTrue();
  }

  @Test
  void aFileInPlaceOfTheFolderGivesNoRunsAndAWarning() throws IOException {
    Files.writeString(dir.resolve("runs"), "not a folder");

    RunHistory.Loaded loaded = history().load();

    assertThat(loaded.runs()).isEmpty();
    assertThat(loaded.skipped()).singleElement().asString().contains("is not a folder");
  }

  @Test
  void onlyTheNewestRunsAreReadWhenThereAreTooMany() throws IOException {
    RunHistory history = history();
    Files.createDirectories(dir.resolve("runs"));
    String text = Files.readString(saveAndPath(history));
    for (int i = 0; i < RunHistory.MAX_RUNS + 5; i++) {
      String id = String.format("r%04d", i);
      Files.writeString(history.fileOf(id), text.replace("\"template\"", "\"" + id + "\""));
    }
    Files.delete(history.fileOf("template"));

    RunHistory.Loaded loaded = history.load();

    assertThat(loaded.runs()).hasSize(RunHistory.MAX_RUNS);
    assertThat(loaded.runs()).extracting(RunRecord::id).doesNotContain("r0000").contains("r0504");
    assertThat(loaded.skipped()).singleElement().asString().contains("oldest are hidden");
  }

  private Path saveAndPath(RunHistory history) throws IOException {
    history.save(RunRecords.sample("template", Instant.EPOCH));
    return history.fileOf("template");
  }

  @Test
  void anIdThatIsNoFileNameIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> history().delete("../settings"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RunRecord.isValidId("../x")).isFalse();
    assertThat(RunRecord.isValidId("20261202-105512-3f2a")).isTrue();
  }
}
