package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;

/** The status bar's words for the current model. */
final class ModelText {
  private static final I18n TR = I18n.forPackageOf(ModelText.class);

  private ModelText() {}

  /**
   * "Model: new (784-256-10 sigmoid, 91.23% on MNIST)". While {@code training}, the accuracy in the
   * summary is the one from before the run (or none for a fresh network, "untrained"), so the
   * status says that it is training instead.
   */
  static String describe(ModelSummary summary, boolean training) {
    if (summary == null) {
      return TR.tr("Model: loading…");
    }
    String name =
        summary.file() != null
            ? summary.file().getFileName().toString()
            : summary.bundled() ? TR.tr("bundled") : TR.tr("new");
    return TR.format(
        "Model: %s (%s, %s)",
        name + (summary.unsaved() ? "*" : ""),
        summary.spec().describe(),
        training ? TR.tr("training…") : accuracy(summary.metadata()));
  }

  private static String accuracy(ModelMetadata metadata) {
    return Float.isNaN(metadata.testAccuracy())
        ? TR.tr("untrained")
        : TR.format("%.2f%% on %s", 100 * metadata.testAccuracy(), metadata.dataset());
  }
}
