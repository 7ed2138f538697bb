package dev.mnistexplorer.core.archbad;

import javafx.scene.paint.Color;

/** Breaks ArchitectureTest.CORE_HAS_NO_UI on purpose: a core class using JavaFX. Never run. */
public final class CoreThatPaints {
  private CoreThatPaints() {}

  static Color ink() {
    return Color.BLACK;
  }
}
