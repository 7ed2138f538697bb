package dev.mnistexplorer.app.network;

import dev.mnistexplorer.core.network.ShapeTrace;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.ListProperty;
import javafx.beans.property.SimpleListProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;

/**
 * The tensor shapes a batch goes through, drawn as a flow of boxes joined by arrows: what each step
 * does, the shape it produces, and for Linear layers how many parameters they hold. Styled nodes
 * sized in em, so the diagram grows with the root font size (projector mode) and wraps.
 */
final class ShapeDiagram extends FlowPane {
  static final PseudoClass STALE = PseudoClass.getPseudoClass("stale");

  private final ListProperty<ShapeTrace.Step> steps =
      new SimpleListProperty<>(this, "steps", FXCollections.observableArrayList());

  ShapeDiagram() {
    getStyleClass().add("shape-diagram");
    steps.addListener((ListChangeListener<ShapeTrace.Step>) change -> redraw());
    redraw();
  }

  /** The steps drawn, input first; set it to a list that changes, and the diagram follows. */
  ListProperty<ShapeTrace.Step> stepsProperty() {
    return steps;
  }

  /** Dims the diagram while it shows the last valid network rather than what is typed. */
  void setStale(boolean stale) {
    pseudoClassStateChanged(STALE, stale);
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
  }

  private static VBox box(ShapeTrace.Step step) {
    String kind = kind(step.operation());
    Label operation = new Label(step.operation().isEmpty() ? "input" : step.operation());
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
