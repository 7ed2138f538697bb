package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.TextBindings;
import java.util.List;
import java.util.concurrent.Executor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Binds the Network view to its model: the preset chooser and its explanation, the parameter count
 * and shape diagram, the current model with "Use current model's layers", and "Train this network"
 * (also Ctrl+Enter). The layer editor ({@link LayerListBinder}) and the training settings ({@link
 * TrainingFormBinder}) have binders of their own.
 */
final class NetworkController {
  private static final I18n TR = I18n.forPackageOf(NetworkController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey(TR.tr("Ctrl+Enter"), TR.tr("train this network")));

  static final KeyCombination TRAIN_SHORTCUT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private final NetworkModel model;
  private final NetworkView view;
  private final Executor fx;
  private boolean showingPreset;
  private boolean trainRequested;

  NetworkController(AppContext context, NetworkModel model, NetworkView view) {
    this.model = model;
    this.view = view;
    this.fx = context.fx();
    bindPresets();
    bindDiagram();
    new LayerListBinder(model, view.layers).bind();
    new TrainingFormBinder(model.training(), view.training).bind();
    bindFooter();
    view.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (TRAIN_SHORTCUT.match(event)) {
            requestTraining();
            event.consume();
          }
        });
  }

  /** The chooser follows the preset the fields match, and choosing one loads it. */
  private void bindPresets() {
    view.presets.setValue(model.presetProperty().get());
    model
        .presetProperty()
        .addListener(
            (o, old, preset) -> {
              showingPreset = true;
              try {
                view.presets.setValue(preset);
              } finally {
                showingPreset = false;
              }
            });
    view.presets
        .valueProperty()
        .addListener(
            (o, old, preset) -> {
              if (!showingPreset && preset != null) {
                model.applyPreset(preset);
              }
            });
    view.explanation
        .textProperty()
        .bind(TextBindings.of(model.presetProperty(), NetworkText::presetExplanation));
  }

  private void bindDiagram() {
    view.parameterCount.textProperty().bind(model.parameterCountProperty());
    view.caption
        .textProperty()
        .bind(TextBindings.of(model.specValidProperty(), NetworkText::diagramCaption));
    view.diagram.stepsProperty().set(model.shapeSteps());
    view.diagram.setStale(!model.specValidProperty().get());
    model.specValidProperty().addListener((o, old, ok) -> view.diagram.setStale(!ok));
    view.trace.textProperty().bind(model.shapeTraceProperty());
  }

  private void bindFooter() {
    view.currentModel
        .textProperty()
        .bind(TextBindings.of(model.currentModelProperty(), NetworkText::trainedModelNow));
    view.useCurrent.disableProperty().bind(model.currentModelProperty().isEmpty());
    view.useCurrent.setOnAction(event -> model.useCurrentModel());
    view.train.disableProperty().bind(model.validProperty().not());
    view.train.setOnAction(event -> model.trainThisNetwork());
  }

  /**
   * Goes to Train once per key press. An editable Spinner passes Enter on to its text field without
   * consuming the original, so the same press arrives here twice; both arrive before the next turn
   * of the FX thread, where the request is carried out.
   */
  private void requestTraining() {
    if (!trainRequested) {
      trainRequested = true;
      fx.execute(
          () -> {
            trainRequested = false;
            model.trainThisNetwork();
          });
    }
  }
}
