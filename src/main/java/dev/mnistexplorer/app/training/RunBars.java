package dev.mnistexplorer.app.training;

import dev.mnistexplorer.core.inference.Probabilities;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * One run's softmax answer as a small bar chart: ten bars in the run's colour (the most probable
 * one at full strength and labelled, the others paler, so it stands out by lightness too), the
 * digits below, or a note when the run has no answer. Reusable: it takes a name, a colour and
 * probabilities. Sized in em, so projector mode scales it.
 */
final class RunBars extends VBox {
  private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
  private static final int CLASSES = 10;

  private final Label title = new Label();
  private final Label answer = new Label();
  private final Label note = new Label();
  private final HBox columns = new HBox();
  private final List<Region> bars = new ArrayList<>();
  private final List<StackPane> tracks = new ArrayList<>();
  private final List<Label> names = new ArrayList<>();

  RunBars() {
    getStyleClass().add("run-bars");
    setAccessibleRole(AccessibleRole.TEXT);
    title.getStyleClass().add("run-bars-title");
    answer.getStyleClass().add("run-bars-answer");
    note.getStyleClass().add("run-bars-note");
    note.setWrapText(true);
    columns.getStyleClass().add("run-bars-columns");
    for (int digit = 0; digit < CLASSES; digit++) {
      Region bar = new Region();
      bar.getStyleClass().add("run-bar");
      StackPane track = new StackPane(bar);
      track.getStyleClass().add("run-bar-track");
      StackPane.setAlignment(bar, Pos.BOTTOM_CENTER);
      bar.setMaxHeight(Region.USE_PREF_SIZE);
      Label name = new Label(Integer.toString(digit));
      name.getStyleClass().add("run-bar-name");
      VBox column = new VBox(track, name);
      column.setAlignment(Pos.BOTTOM_CENTER);
      HBox.setHgrow(column, Priority.ALWAYS);
      VBox.setVgrow(track, Priority.ALWAYS);
      bars.add(bar);
      tracks.add(track);
      names.add(name);
      columns.getChildren().add(column);
    }
    VBox.setVgrow(columns, Priority.ALWAYS);
    getChildren().addAll(title, answer, columns, note);
  }

  /** Shows one run: its name and colour, and its probabilities or why it has none. */
  void show(String name, Color colour, float[] probabilities, String why) {
    Rectangle swatch = new Rectangle(12, 12, colour);
    swatch.getStyleClass().add("run-bars-swatch");
    title.setGraphic(swatch);
    title.setText(name);
    title.setTooltip(new Tooltip(name)); // the name may be cut short in a narrow box
    note.setText(why);
    note.setVisible(probabilities == null);
    note.setManaged(probabilities == null);
    int top = probabilities == null ? -1 : Probabilities.argMax(probabilities);
    answer.setText(
        probabilities == null
            ? ""
            : "answers " + top + " (" + TrainingText.percent(probabilities[top]) + ")");
    StringBuilder spoken = new StringBuilder(name).append(": ");
    for (int i = 0; i < CLASSES; i++) {
      double p = probabilities == null || i >= probabilities.length ? 0 : probabilities[i];
      Region bar = bars.get(i);
      bar.prefHeightProperty().unbind();
      bar.prefHeightProperty().bind(tracks.get(i).heightProperty().multiply(p));
      bar.setBackground(
          new Background(
              new BackgroundFill(
                  i == top ? colour : colour.deriveColor(0, 0.55, 1.25, 0.55), null, null)));
      for (Region part : List.of(bar, names.get(i))) {
        part.pseudoClassStateChanged(TOP, i == top);
      }
      if (probabilities != null) {
        spoken.append(i).append(": ").append(TrainingText.percent(p)).append(". ");
      }
    }
    setAccessibleText(probabilities == null ? name + ": " + why : spoken.toString());
  }
}
