package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * The Network place's controller: the builder model (layers and training settings, checked as they
 * are typed) bound to its view, with the presets, "Use current model's layers" and "Train this
 * network" (Ctrl+Enter) wired to the model's commands.
 */
public final class NetworkFeature implements Feature {
  static final KeyCombination TRAIN_SHORTCUT =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);

  private final NetworkModel model;
  private final NetworkView view;
  private final Executor fx;
  private boolean showingPreset;
  private boolean trainRequested;

  public NetworkFeature(AppContext context) {
    fx = context.fx();
    model = new NetworkModel(context.state(), context.navigator());
    view = new NetworkView(model);
    bindPresets();
    view.useCurrent.setOnAction(event -> model.useCurrentModel());
    view.train.setOnAction(event -> model.trainThisNetwork());
    view.addEventHandler(
        KeyEvent.KEY_PRESSED,
        event -> {
          if (TRAIN_SHORTCUT.match(event)) {
            requestTraining();
            event.consume();
          }
        });
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
  }

  /** The builder's state and commands (for tests). */
  NetworkModel model() {
    return model;
  }

  @Override
  public Page page() {
    return Page.NETWORK;
  }

  @Override
  public Node view() {
    return view;
  }

  @Override
  public void shown() {
    view.layers.add.requestFocus();
  }

  /** The tutorial's network and recipe, ready at once. */
  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    model.applyPreset(NetworkPreset.TUTORIAL);
    return CompletableFuture.completedFuture(null);
  }
}
