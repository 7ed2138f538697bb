package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.BackgroundTasks;
import org.junit.jupiter.api.Test;

class TrainingStatusTest {
  private final BackgroundTasks tasks = new BackgroundTasks();
  private final TrainingStatus status = new TrainingStatus(tasks);

  @Test
  void clearsItsOwnWordsInAnyLanguage() {
    status.update("Epoche 1 von 2", 0.25);
    status.done("Fertig trainiert: 91 %");

    status.clearIfStillShown();

    assertThat(tasks.messageProperty().get()).isEmpty();
    assertThat(tasks.progressProperty().get()).isZero();
  }

  @Test
  void keepsWhatAnotherPlaceWroteSince() {
    status.done("Training finished: 91 %");
    tasks.update("Evaluating on the test set…", 0.5);

    status.clearIfStillShown();

    assertThat(tasks.messageProperty().get()).isEqualTo("Evaluating on the test set…");
    assertThat(tasks.progressProperty().get()).isEqualTo(0.5);
  }

  @Test
  void clearsNothingBeforeItWroteAnything() {
    tasks.done("Saved model.mnx");

    status.clearIfStillShown();

    assertThat(tasks.messageProperty().get()).isEqualTo("Saved model.mnx");
  }
}
