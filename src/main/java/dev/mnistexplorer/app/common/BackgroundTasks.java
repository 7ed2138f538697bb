package dev.mnistexplorer.app.common;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * What the status bar shows about background work: a message and a progress (0..1, or -1 for "busy,
 * unknown length"; 0 and an empty message when idle). Set on the JavaFX thread.
 */
public final class BackgroundTasks {
  private final StringProperty message = new SimpleStringProperty(this, "message", "");
  private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress", 0);

  public StringProperty messageProperty() {
    return message;
  }

  public DoubleProperty progressProperty() {
    return progress;
  }

  /** Shows work in progress. */
  public void update(String text, double fraction) {
    message.set(text);
    progress.set(fraction);
  }

  /** Clears the status bar's progress. */
  public void done(String text) {
    message.set(text);
    progress.set(0);
  }
}
