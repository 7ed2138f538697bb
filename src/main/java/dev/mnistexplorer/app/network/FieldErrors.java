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

  /**
   * An empty label for a field's reason, taking no room while it is empty; the controller binds its
   * text to the field's error.
   */
  static Label label() {
    Label label = new Label();
    label.getStyleClass().addAll("field-error", "error-text");
    label.setWrapText(true);
    label.visibleProperty().bind(Bindings.isNotEmpty(label.textProperty()));
    label.managedProperty().bind(label.visibleProperty());
    return label;
  }
}
