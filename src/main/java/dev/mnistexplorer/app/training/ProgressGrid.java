package dev.mnistexplorer.app.training;

import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * How far a run is: the epoch and its bar, the whole run's bar and percentage, and a line with time
 * left, speed, images and device. Layout only; {@link StatusBinder} fills it in.
 */
final class ProgressGrid extends GridPane {
  final Label epoch = new Label();
  final ProgressBar epochBar = bar("How far the current epoch is");
  final ProgressBar overallBar = bar("How far the whole run is");
  final Label percent = new Label();
  final Label details = new Label();

  ProgressGrid() {
    getStyleClass().add("progress-grid");
    details.getStyleClass().add("muted");
    addRow(0, epoch, epochBar);
    addRow(1, new Label("Overall"), overallBar, percent);
    add(details, 0, 2, 3, 1);
    GridPane.setHgrow(epochBar, Priority.ALWAYS);
    GridPane.setHgrow(overallBar, Priority.ALWAYS);
  }

  private static ProgressBar bar(String tip) {
    ProgressBar bar = new ProgressBar();
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setTooltip(new Tooltip(tip));
    return bar;
  }
}
