package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One field of the builder as the person typed it, with the reason it is wrong (empty when it is
 * fine). The text, not a number, is the state: "0" or "abc" must stay visible next to its error
 * rather than being silently corrected.
 */
public final class DraftField {
  private static final I18n TR = I18n.forPackageOf(DraftField.class);
  private final String name;
  private final StringProperty text;
  private final ReadOnlyStringWrapper error;

  DraftField(String name, String initial) {
    this.name = name;
    this.text = new SimpleStringProperty(this, name, initial);
    this.error = new ReadOnlyStringWrapper(this, name + "Error", "");
  }

  /** What the field is called in error messages, e.g. "batch size". */
  public String name() {
    return name;
  }

  public StringProperty textProperty() {
    return text;
  }

  public String text() {
    return text.get();
  }

  public void setText(String value) {
    text.set(value);
  }

  /** Why the text is not usable, or empty. */
  public ReadOnlyStringProperty errorProperty() {
    return error.getReadOnlyProperty();
  }

  public String error() {
    return error.get();
  }

  void setError(String message) {
    error.set(message);
  }

  /** Records a problem unless the field already has one (the first reason is the clearest). */
  void addError(String message) {
    if (error.get().isEmpty()) {
      error.set(message);
    }
  }

  boolean hasError() {
    return !error.get().isEmpty();
  }

  /** The text as a whole number, or null after recording why it is not one. */
  Long parseWhole() {
    String value = NumberText.withoutGrouping(text.get() == null ? "" : text.get().trim());
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      setError(TR.format("%s must be a whole number, got '%s'", name, text.get()));
      return null;
    }
  }

  /** The text as a number, or null after recording why it is not one. */
  Float parseNumber() {
    String value = NumberText.withPoint(text.get() == null ? "" : text.get().trim());
    try {
      float number = Float.parseFloat(value);
      if (Float.isFinite(number)) {
        return number;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    setError(TR.format("%s must be a number, got '%s'", name, text.get()));
    return null;
  }
}
