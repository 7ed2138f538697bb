package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.core.service.ModelSummary;

/** The status bar's words for the current model. */
final class ModelText {

  private ModelText() {}

  static String describe(ModelSummary summary) {
    if (summary == null) {
      return "Model: loading…";
    }
    String name =
        summary.file() != null
            ? summary.file().getFileName().toString()
            : summary.bundled() ? "bundled" : "new";
    String accuracy =
        Float.isNaN(summary.metadata().testAccuracy())
            ? "untrained"
            : String.format(
                "%.2f%% on %s",
                100 * summary.metadata().testAccuracy(), summary.metadata().dataset());
    return "Model: "
        + name
        + (summary.unsaved() ? "*" : "")
        + " ("
        + summary.spec().describe()
        + ", "
        + accuracy
        + ")";
  }
}
