package dev.mnistexplorer.app.archbad;

import javafx.beans.property.SimpleStringProperty;

/** Breaks ArchitectureTest.TEXTS_ARE_PLAIN_FUNCTIONS on purpose: a text class using JavaFX. */
public final class PropertyText {
  static SimpleStringProperty title() {
    return new SimpleStringProperty("title");
  }
}
