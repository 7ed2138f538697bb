package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;
import javafx.css.PseudoClass;
import javafx.geometry.HPos;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * One horizontal bar per class (0..1), with the class name, the value as text and an optional tag
 * ("true", "predicted", "weakest"): per-class accuracy and one image's probabilities. Plain nodes
 * sized in em, so the bars grow with the projector font. Reached by Tab, it is read as a whole ("0:
 * 99.2%, 1: 99.5%, …"); Up and Down then move a cursor and the bar under it is read.
 */
final class ClassBars extends GridPane {
  private static final I18n TR = I18n.forPackageOf(ClassBars.class);
  private static final PseudoClass CURSOR = PseudoClass.getPseudoClass("cursor");

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Up / Down"), TR.tr("among the bars: read the class under the cursor")));

  private final List<Bar> bars = new ArrayList<>();
  private final List<Label> tags = new ArrayList<>();
  private final List<String> spoken = new ArrayList<>();
  private int cursor = -1;

  ClassBars() {
    getStyleClass().add("class-bars");
    ColumnConstraints name = new ColumnConstraints();
    name.setHalignment(HPos.RIGHT);
    ColumnConstraints track = new ColumnConstraints();
    track.setHgrow(Priority.ALWAYS);
    track.setMinWidth(16); // a narrow column shortens the bars, not the words beside them
    ColumnConstraints value = new ColumnConstraints();
    value.setHalignment(HPos.RIGHT);
    getColumnConstraints().setAll(name, track, value, new ColumnConstraints());
    setFocusTraversable(true);
    setAccessibleRole(AccessibleRole.TEXT);
    setAccessibleHelp(TR.tr("Up and Down move between the bars."));
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    focusedProperty().addListener(observable -> moveCursor(-1));
  }

  /** Shows one bar per value, named by {@code names}; {@code format} writes a value as text. */
  void show(List<String> names, float[] values, DoubleFunction<String> format) {
    getChildren().clear();
    bars.clear();
    tags.clear();
    spoken.clear();
    for (int k = 0; k < values.length; k++) {
      Label name = new Label(EvaluateText.name(names, k));
      name.getStyleClass().add("bar-name");
      name.setMinWidth(Region.USE_PREF_SIZE);
      Bar bar = new Bar(values[k]);
      Label value = new Label(format.apply(values[k]));
      value.getStyleClass().add("bar-value");
      value.setMinWidth(Region.USE_PREF_SIZE);
      Label tag = new Label();
      tag.getStyleClass().add("bar-tag");
      tag.setMinWidth(Region.USE_PREF_SIZE);
      addRow(k, name, bar, value, tag);
      bars.add(bar);
      tags.add(tag);
      spoken.add(TR.format("%s: %s", name.getText(), value.getText()));
    }
    cursor = -1;
    speak();
  }

  /** Marks bar {@code index} with a word and a style class (which colours its bar and tag). */
  void mark(int index, String word, String styleClass) {
    if (index < 0 || index >= bars.size()) {
      return;
    }
    Label tag = tags.get(index);
    tag.setText(tag.getText().isEmpty() ? word : tag.getText() + " · " + word);
    tag.getStyleClass().add(styleClass);
    bars.get(index).fill.getStyleClass().add(styleClass);
    speak();
  }

  /** The tag text of bar {@code index} (for tests). */
  String tagOf(int index) {
    return tags.get(index).getText();
  }

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    int last = bars.size() - 1;
    int target =
        switch (event.getCode()) {
          case UP, KP_UP -> Math.max(0, cursor - 1);
          case DOWN, KP_DOWN -> Math.min(last, cursor + 1);
          case HOME -> 0;
          case END -> last;
          default -> -2;
        };
    if (target >= -1 && last >= 0) {
      moveCursor(Math.max(0, target));
      event.consume();
    }
  }

  private void moveCursor(int index) {
    if (cursor >= 0 && cursor < bars.size()) {
      bars.get(cursor).pseudoClassStateChanged(CURSOR, false);
    }
    cursor = index;
    if (cursor >= 0 && cursor < bars.size()) {
      bars.get(cursor).pseudoClassStateChanged(CURSOR, true);
    }
    speak();
  }

  /** The bar under the cursor in words, or all of them while there is no cursor. */
  private void speak() {
    if (cursor >= 0 && cursor < spoken.size()) {
      setAccessibleText(withTag(cursor));
      return;
    }
    List<String> all = new ArrayList<>();
    for (int k = 0; k < spoken.size(); k++) {
      all.add(withTag(k));
    }
    setAccessibleText(String.join("; ", all));
  }

  private String withTag(int index) {
    String tag = tags.get(index).getText();
    return tag.isEmpty() ? spoken.get(index) : spoken.get(index) + " (" + tag + ")";
  }

  /** A track with a fill as wide as the value's share of it. */
  private static final class Bar extends Region {
    private final Region fill = new Region();
    private final double fraction;

    Bar(double value) {
      fraction = Double.isNaN(value) ? 0 : Math.max(0, Math.min(1, value));
      getStyleClass().add("bar-track");
      fill.getStyleClass().add("bar-fill");
      getChildren().add(fill);
    }

    @Override
    protected void layoutChildren() {
      fill.resizeRelocate(0, 0, snapSizeX(getWidth() * fraction), getHeight());
    }
  }
}
