package dev.mnistexplorer.app.shell;

import java.nio.file.Path;

/**
 * The words of Help ▸ About, as pure functions of {@link AboutFacts}: one "name: value" line per
 * fact, so the details read well in the dialog and pasted into a bug report.
 */
final class AboutText {
  /** The project's home, shown in About and meant for bug reports. */
  static final String PROJECT_URL = "https://github.com/mnist-explorer/mnist-explorer";

  /** The licence of the project's own code (SPDX identifier). */
  static final String LICENCE = "Apache-2.0";

  static final String SUMMARY =
      "See, build, train and question a neural network on handwritten digits.";

  private static final String NOT_STARTED = "not known until the engine has started";

  private AboutText() {}

  /** "MNIST Explorer 0.1.0". */
  static String title(AboutFacts facts) {
    return "MNIST Explorer " + facts.appVersion();
  }

  /** The details, one fact per line, for the dialog and the Copy button. */
  static String details(AboutFacts facts) {
    return String.join(
        "\n",
        title(facts),
        "Licence: " + LICENCE,
        "Project: " + PROJECT_URL,
        "DJL: " + orNotStarted(facts.djlVersion()),
        "PyTorch: " + orNotStarted(facts.pytorchVersion()),
        "Device: " + orNotStarted(facts.device()),
        "Java: " + orUnknown(facts.javaVersion()),
        "JavaFX: " + orUnknown(facts.javafxVersion()),
        "Settings file: " + orUnknown(facts.settingsFile()),
        "Data folder: " + orUnknown(facts.dataDir()),
        "",
        "MNIST: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0).",
        "Built with JavaFX, ControlsFX and DJL on PyTorch.");
  }

  private static String orNotStarted(String value) {
    return value == null || value.isBlank() ? NOT_STARTED : value;
  }

  private static String orUnknown(Object value) {
    return value == null
        ? "unknown"
        : value instanceof Path path ? path.toString() : (String) value;
  }
}
