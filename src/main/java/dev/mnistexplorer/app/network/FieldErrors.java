package dev.mnistexplorer.app.network;

import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Label;

/** Marks invalid fields: a red outline on the field and the reason in a label under it. */
final class FieldErrors {
  static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");

  private FieldErrors() {}

  /** Outlines {@code field} while {@code error} is not empty. */
  static void outline(Node field, ObservableStringValue error) {
    field.pseudoClassStateChanged(INVALID, !error.get().isEmpty());
    error.addListener((o, old, text) -> field.pseudoClassStateChanged(INVALID, !text.isEmpty()));
  }

  /** A label showing {@code error}, taking no room while it is empty. */
  static Label label(ObservableStringValue error) {
    Label label = new Label();
    label.getStyleClass().addAll("field-error", "error-text");
    label.setWrapText(true);
    label.textProperty().bind(error);
    label.visibleProperty().bind(Bindings.isNotEmpty(error));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
