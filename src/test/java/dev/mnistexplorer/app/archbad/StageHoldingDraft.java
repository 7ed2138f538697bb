package dev.mnistexplorer.app.archbad;

import javafx.stage.Stage;

/** Breaks the widened ArchitectureTest.UI_MODELS_HOLD_NO_NODES: a model's draft holding a stage. */
public final class StageHoldingDraft {
  Stage owner;
}
