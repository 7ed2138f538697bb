package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.I18n;
import java.nio.file.Path;

/**
 * The words of Help ▸ About, as pure functions of {@link AboutFacts}: one "name: value" line per
 * fact, so the details read well in the dialog and pasted into a bug report.
 */
final class AboutText {
  private static final I18n TR = I18n.forPackageOf(AboutText.class);

  /** The app's name, in every language. */
  static final String APP_NAME = "MNIST Explorer"; // not UI text: a name, never translated

  /** The project's home, shown in About and meant for bug reports. */
  static final String PROJECT_URL = "https://github.com/mnist-explorer/mnist-explorer";

  /** The licence of the project's own code (SPDX identifier). */
  static final String LICENCE = "Apache-2.0";

  private AboutText() {}

  /** What the app is, in one sentence. */
  static String summary() {
    return TR.tr("See, build, train and question a neural network on handwritten digits.");
  }

  /** "MNIST Explorer 0.1.0". */
  static String title(AboutFacts facts) {
    return APP_NAME + " " + facts.appVersion();
  }

  /** The details, one fact per line, for the dialog and the Copy button. */
  static String details(AboutFacts facts) {
    return String.join(
        "\n",
        title(facts),
        TR.format("Licence: %s", LICENCE),
        TR.format("Project: %s", PROJECT_URL),
        "DJL: " + orNotStarted(facts.djlVersion()),
        "PyTorch: " + orNotStarted(facts.pytorchVersion()),
        TR.format("Device: %s", orNotStarted(facts.device())),
        "Java: " + orUnknown(facts.javaVersion()),
        "JavaFX: " + orUnknown(facts.javafxVersion()),
        TR.format("Settings file: %s", orUnknown(facts.settingsFile())),
        TR.format("Data folder: %s", orUnknown(facts.dataDir())),
        "",
        TR.tr("MNIST: Y. LeCun, C. Cortes, C. Burges (CC BY-SA 3.0)."),
        TR.tr("Built with JavaFX, ControlsFX and DJL on PyTorch."));
  }

  private static String orNotStarted(String value) {
    return value == null || value.isBlank()
        ? TR.tr("not known until the engine has started")
        : value;
  }

  private static String orUnknown(Object value) {
    return value == null
        ? TR.tr("unknown")
        : value instanceof Path path ? path.toString() : (String) value;
  }
}
