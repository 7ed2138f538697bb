package dev.mnistexplorer.app.archbad;

import javafx.scene.control.Label;

/** Breaks ArchitectureTest.UI_MODELS_HOLD_NO_NODES on purpose: a model holding a node. */
public final class LabelHoldingModel {
  Label status;
}
