package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.inference.Probabilities;
import java.util.ArrayList;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
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
 *
 * <p>For the keyboard and a screen reader it is one focusable text: the run's answer, then every
 * digit's share; the arrow keys step through the digits and the text then names the one stepped to
 * ("Digit 3: 2.10 %"), Escape goes back to the answer.
 */
final class RunBars extends VBox {
  private static final I18n TR = I18n.forPackageOf(RunBars.class);

  /** Help ▸ Keyboard Shortcuts: the keys of a run's focused answer bars. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Left/Right, Esc"),
              TR.tr(
                  "on a run's focused answer bars: step through the digits, back to the answer")));

  private static final PseudoClass TOP = PseudoClass.getPseudoClass("top");
  private static final PseudoClass FOCUSED_DIGIT = PseudoClass.getPseudoClass("selected");
  private static final int CLASSES = 10;

  private final Label title = new Label();
  private final Label answer = new Label();
  private final Label note = new Label();
  private final HBox columns = new HBox();
  private final List<Region> bars = new ArrayList<>();
  private final List<StackPane> tracks = new ArrayList<>();
  private final List<Label> names = new ArrayList<>();
  private String runName = "";
  private String why = "";
  private float[] probabilities;

  /** The digit the keyboard is on; -1 speaks the answer. */
  private int focusedDigit = -1;

  RunBars() {
    getStyleClass().add("run-bars");
    setAccessibleRole(AccessibleRole.TEXT);
    setFocusTraversable(true);
    setAccessibleHelp(
        TR.tr("Left and right arrows step through the digits; Escape speaks the answer again"));
    addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    // On click, not press: the place's scroll pane takes the focus on every press.
    addEventHandler(MouseEvent.MOUSE_CLICKED, event -> requestFocus());
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
    runName = name;
    this.why = why;
    this.probabilities = probabilities;
    focusedDigit = -1;
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
            : TR.format("answers %d (%s)", top, TrainingText.percent(probabilities[top])));
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
    }
    speak();
  }

  private void onKey(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    if (probabilities == null) {
      return;
    }
    boolean back = event.getCode() == KeyCode.ESCAPE && focusedDigit >= 0;
    int next = back ? -1 : ArrowSteps.next(event.getCode(), focusedDigit, CLASSES - 1);
    if (back || next >= 0) {
      focusedDigit = next;
      speak();
      event.consume();
    }
  }

  private void speak() {
    setAccessibleText(spokenText());
    for (int i = 0; i < CLASSES; i++) {
      names.get(i).pseudoClassStateChanged(FOCUSED_DIGIT, i == focusedDigit);
    }
  }

  /** The answer and every digit's share, or the digit the keyboard is on, or why none. */
  String spokenText() {
    if (probabilities == null) {
      return runName + ": " + why;
    }
    if (focusedDigit >= 0) {
      return TR.format("%s: digit %d: %s", runName, focusedDigit, share(focusedDigit));
    }
    int top = Probabilities.argMax(probabilities);
    StringBuilder shares = new StringBuilder();
    for (int i = 0; i < CLASSES; i++) {
      shares.append(i == 0 ? "" : ", ").append(i).append(": ").append(share(i));
    }
    return TR.format(
        "%s answers %d (%s). Every digit: %s", runName, top, share(top), shares.toString());
  }

  private String share(int digit) {
    return TrainingText.percent(digit < probabilities.length ? probabilities[digit] : 0);
  }
}
