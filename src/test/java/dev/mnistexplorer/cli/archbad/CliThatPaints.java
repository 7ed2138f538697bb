package dev.mnistexplorer.cli.archbad;

import javafx.scene.paint.Color;

/** Breaks ArchitectureTest.CLI_HAS_NO_JAVAFX on purpose: a command using JavaFX. Never run. */
public final class CliThatPaints {
  private CliThatPaints() {}

  static Color ink() {
    return Color.BLACK;
  }
}
