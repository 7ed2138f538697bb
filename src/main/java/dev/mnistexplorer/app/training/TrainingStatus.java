package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.BackgroundTasks;

/**
 * The status bar's line as the Training place writes it, remembering what it wrote last: when
 * another network replaces the trained one, the place clears its own words ("Training finished: 91
 * %") but not another place's work written since, whatever the words are in the UI's language. FX
 * thread.
 */
final class TrainingStatus {
  private final BackgroundTasks tasks;
  private String written;

  TrainingStatus(BackgroundTasks tasks) {
    this.tasks = tasks;
  }

  /** Work in progress: {@code fraction} 0..1, or -1 for "busy, unknown length". */
  void update(String text, double fraction) {
    written = text;
    tasks.update(text, fraction);
  }

  /** The run is over; the line says how it ended. */
  void done(String text) {
    written = text;
    tasks.done(text);
  }

  /** Empties the line if it still says what this place wrote last. */
  void clearIfStillShown() {
    if (written != null && written.equals(tasks.messageProperty().get())) {
      tasks.done("");
    }
    written = null;
  }
}
