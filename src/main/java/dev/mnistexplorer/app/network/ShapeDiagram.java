package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.network.ShapeTrace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The tensor shapes a batch goes through, drawn as a flow of boxes joined by arrows: what each step
 * does, the shape it produces, and for Linear layers how many parameters they hold. Styled nodes
 * sized in em, so the diagram grows with the root font size (projector mode) and wraps.
 */
final class ShapeDiagram extends FlowPane {
  static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
  private static final I18n TR = I18n.forPackageOf(ShapeDiagram.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(
              TR.tr("Left/Right, Home/End"), TR.tr("on the shape diagram: read one step")));

  private final ListProperty<ShapeTrace.Step> steps =
      new SimpleListProperty<>(this, "steps", FXCollections.observableArrayList());

  private boolean stale;
  private int selected = -1;

  ShapeDiagram() {
    getStyleClass().add("shape-diagram");
    setAccessibleRole(AccessibleRole.TEXT);
    setAccessibleHelp(
        TR.tr("Left and right arrows go from step to step, Home and End to the first and last"));
    // Reachable with Tab: a screen reader reads the steps, the arrows one at a time.
    setFocusTraversable(true);
    addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    focusedProperty().addListener((o, was, now) -> select(now ? selected : -1));
    steps.addListener((ListChangeListener<ShapeTrace.Step>) change -> redraw());
    redraw();
  }

  /** The steps drawn, input first; set it to a list that changes, and the diagram follows. */
  ListProperty<ShapeTrace.Step> stepsProperty() {
    return steps;
  }

  /** Dims the diagram while it shows the last valid network rather than what is typed. */
  void setStale(boolean stale) {
    this.stale = stale;
    pseudoClassStateChanged(STALE, stale);
    select(selected);
  }

  /**
   * What a screen reader says: every step in order ("input: (64, 1, 28, 28); flatten: (64, 784);
   * Linear: (64, 256), 200,960 parameters; …"), or the step the arrows chose.
   */
  String spokenText() {
    if (selected >= 0 && selected < steps.size()) {
      return TR.format(
          "Step %d of %d: %s", selected + 1, steps.size(), spokenStep(steps.get(selected)));
    }
    List<String> all = steps.stream().map(ShapeDiagram::spokenStep).toList();
    return stale
        ? TR.format(
            "The last network that could be built, shape after each step: %s",
            String.join("; ", all))
        : TR.format("What a batch goes through, shape after each step: %s", String.join("; ", all));
  }

  private static String spokenStep(ShapeTrace.Step step) {
    String shape = TR.format("%s: %s", operationName(step), step.shapeText());
    return step.parameters() > 0
        ? TR.format("%s, %s", shape, NetworkText.parameters(step.parameters()))
        : shape;
  }

  private void keyPressed(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    int last = steps.size() - 1;
    int to =
        switch (event.getCode()) {
          case LEFT, KP_LEFT, UP -> Math.max(0, selected - 1);
          case RIGHT, KP_RIGHT, DOWN -> Math.min(last, selected + 1);
          case HOME -> 0;
          case END -> last;
          default -> -2;
        };
    if (to >= 0) {
      select(to);
      event.consume();
    }
  }

  private void select(int index) {
    selected = index;
    List<Node> boxes = getChildren().filtered(node -> node.getStyleClass().contains("step-box"));
    for (int i = 0; i < boxes.size(); i++) {
      boxes.get(i).pseudoClassStateChanged(SELECTED, isFocused() && i == selected);
    }
    setAccessibleText(spokenText());
  }

  private void redraw() {
    List<Node> nodes = new ArrayList<>();
    for (ShapeTrace.Step step : steps) {
      if (!nodes.isEmpty()) {
        Label arrow = new Label("→");
        arrow.getStyleClass().add("step-arrow");
        nodes.add(arrow);
      }
      nodes.add(box(step));
    }
    getChildren().setAll(nodes);
    select(selected < steps.size() ? selected : -1);
  }

  private static String operationName(ShapeTrace.Step step) {
    return step.operation().isEmpty() ? TR.tr("input") : step.operation();
  }

  private static VBox box(ShapeTrace.Step step) {
    String kind = kind(step.operation());
    Label operation = new Label(operationName(step));
    operation.getStyleClass().add("step-operation");
    Label shape = new Label(step.shapeText());
    shape.getStyleClass().add("step-shape");
    VBox box = new VBox(operation, shape);
    if (step.parameters() > 0) {
      Label parameters = new Label(NetworkText.parameters(step.parameters()));
      parameters.getStyleClass().add("step-parameters");
      box.getChildren().add(parameters);
    }
    box.getStyleClass().addAll("step-box", "step-" + kind);
    return box;
  }

  /** input, flatten, linear, dropout, softmax or activation: the box's colour. */
  static String kind(String operation) {
    if (operation.isEmpty()) {
      return "input";
    }
    if (operation.startsWith("dropout")) {
      return "dropout";
    }
    return switch (operation) {
      case "flatten", "softmax" -> operation;
      case "Linear" -> "linear";
      default -> "activation";
    };
  }
}
