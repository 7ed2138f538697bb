package dev.mnistexplorer.app.common;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * State the places share, as observable properties. Touched on the JavaFX thread only (in tests, on
 * the test thread). No nodes here: it is testable without the toolkit.
 */
public final class SharedState {
  private final ObjectProperty<Dataset> dataset = new SimpleObjectProperty<>(this, "dataset");
  private final ObjectProperty<ModelSummary> model = new SimpleObjectProperty<>(this, "model");
  private final IntegerProperty weightsVersion = new SimpleIntegerProperty(this, "weightsVersion");
  private final ObjectProperty<NetworkSpec> draftSpec =
      new SimpleObjectProperty<>(this, "draftSpec", NetworkSpec.tutorial());
  private final ObjectProperty<TrainingConfig> draftConfig =
      new SimpleObjectProperty<>(this, "draftConfig", TrainingConfig.tutorial());
  private final BooleanProperty draftValid = new SimpleBooleanProperty(this, "draftValid", true);
  private final BooleanProperty training = new SimpleBooleanProperty(this, "training");
  private final ObjectProperty<SentDigit> digitForPredict =
      new SimpleObjectProperty<>(this, "digitForPredict");
  private final StringProperty engineStatus =
      new SimpleStringProperty(this, "engineStatus", "Engine starting…");
  private final BooleanProperty engineReady = new SimpleBooleanProperty(this, "engineReady");
  private final StringProperty device = new SimpleStringProperty(this, "device", "");
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);

  /** The dataset being browsed and trained on (MNIST at start). */
  public ObjectProperty<Dataset> datasetProperty() {
    return dataset;
  }

  /** The current network's description (null until the engine has loaded one). */
  public ObjectProperty<ModelSummary> modelProperty() {
    return model;
  }

  /**
   * Increases whenever the current network's weights change (new or opened model, training
   * progress), so views that show its answers know to ask again.
   */
  public IntegerProperty weightsVersionProperty() {
    return weightsVersion;
  }

  /** Marks the weights as changed. */
  public void weightsChanged() {
    weightsVersion.set(weightsVersion.get() + 1);
  }

  /** The network the builder describes (what Train will build when starting afresh). */
  public ObjectProperty<NetworkSpec> draftSpecProperty() {
    return draftSpec;
  }

  /** The training settings the builder describes. */
  public ObjectProperty<TrainingConfig> draftConfigProperty() {
    return draftConfig;
  }

  /** Whether the builder's fields are all valid (Train stays disabled otherwise). */
  public BooleanProperty draftValidProperty() {
    return draftValid;
  }

  /** Whether a training run is going. */
  public BooleanProperty trainingProperty() {
    return training;
  }

  /** The digit most recently sent to the Predict view. */
  public ObjectProperty<SentDigit> digitForPredictProperty() {
    return digitForPredict;
  }

  /** "Engine starting…", "Engine ready", "Engine failed: …". */
  public StringProperty engineStatusProperty() {
    return engineStatus;
  }

  public BooleanProperty engineReadyProperty() {
    return engineReady;
  }

  /** The device in use, e.g. "CPU" or "GPU 0 (NVIDIA H200)". */
  public StringProperty deviceProperty() {
    return device;
  }

  /**
   * 1.0 normally, about 2.0 in projector mode: custom-drawn controls (canvases, charts) scale their
   * strokes and fonts by it.
   */
  public DoubleProperty uiScaleProperty() {
    return uiScale;
  }
}
