package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import javafx.beans.binding.Bindings;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * How far a run is: the epoch and its bar, the whole run's bar and percentage, and a line with time
 * left, speed, images and device. Layout only; {@link StatusBinder} fills it in. For a screen
 * reader it is one focusable text that says all of it in a sentence.
 */
final class ProgressGrid extends GridPane {
  private static final I18n TR = I18n.forPackageOf(ProgressGrid.class);

  final Label epoch = new Label();
  final ProgressBar epochBar = bar(TR.tr("How far the current epoch is"));
  final ProgressBar overallBar = bar(TR.tr("How far the whole run is"));
  final Label percent = new Label();
  final Label details = new Label();

  ProgressGrid() {
    getStyleClass().add("progress-grid");
    details.getStyleClass().add("muted");
    addRow(0, epoch, epochBar);
    addRow(1, new Label(TR.tr("Overall")), overallBar, percent);
    add(details, 0, 2, 3, 1);
    GridPane.setHgrow(epochBar, Priority.ALWAYS);
    GridPane.setHgrow(overallBar, Priority.ALWAYS);
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.TEXT);
    accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () -> spoken(epoch.getText(), percent.getText(), details.getText()),
                epoch.textProperty(),
                percent.textProperty(),
                details.textProperty()));
  }

  /** "Epoch 2 of 5; overall 42 % done; about 0:42 left · 45,000 images/s · …". */
  static String spoken(String epoch, String percent, String details) {
    String overall = percent == null || percent.isEmpty() ? "" : percent;
    return TR.format("Training progress: %s; overall %s done; %s", epoch, overall, details);
  }

  private static ProgressBar bar(String tip) {
    ProgressBar bar = new ProgressBar();
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setTooltip(new Tooltip(tip));
    return bar;
  }
}
