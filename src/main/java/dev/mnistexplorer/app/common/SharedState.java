package dev.mnistexplorer.app.common;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * State the places share, as read-only observable properties changed only through one command per
 * kind of change ({@link #replaceModel}, {@link #changeDraft}, …), so every writer can be found
 * from here and a change that needs two writes (a new model also means new weights) cannot be half
 * done. Touched on the JavaFX thread only (in tests, on the test thread). No nodes here: it is
 * testable without the toolkit.
 */
public final class SharedState {
  private static final I18n TR = I18n.forPackageOf(SharedState.class);

  private final ReadOnlyObjectWrapper<Dataset> dataset =
      new ReadOnlyObjectWrapper<>(this, "dataset");
  private final ReadOnlyObjectWrapper<ModelSummary> model =
      new ReadOnlyObjectWrapper<>(this, "model");
  private final ReadOnlyIntegerWrapper weightsVersion =
      new ReadOnlyIntegerWrapper(this, "weightsVersion");
  private final ReadOnlyObjectWrapper<NetworkSpec> draftSpec =
      new ReadOnlyObjectWrapper<>(this, "draftSpec", NetworkSpec.tutorial());
  private final ReadOnlyObjectWrapper<TrainingConfig> draftConfig =
      new ReadOnlyObjectWrapper<>(this, "draftConfig", TrainingConfig.tutorial());
  private final ReadOnlyBooleanWrapper draftValid =
      new ReadOnlyBooleanWrapper(this, "draftValid", true);
  private final ReadOnlyBooleanWrapper training = new ReadOnlyBooleanWrapper(this, "training");
  private final ReadOnlyObjectWrapper<SentDigit> digitForPredict =
      new ReadOnlyObjectWrapper<>(this, "digitForPredict");
  private final ReadOnlyObjectWrapper<SentDigit> digitForInspect =
      new ReadOnlyObjectWrapper<>(this, "digitForInspect");
  private final ReadOnlyObjectWrapper<SentDigit> padDigit =
      new ReadOnlyObjectWrapper<>(this, "padDigit");
  private final ReadOnlyObjectWrapper<DigitInDataset> digitToBrowse =
      new ReadOnlyObjectWrapper<>(this, "digitToBrowse");
  private final ReadOnlyIntegerWrapper myDigitsVersion =
      new ReadOnlyIntegerWrapper(this, "myDigitsVersion");
  private final ReadOnlyStringWrapper engineStatus =
      new ReadOnlyStringWrapper(this, "engineStatus", TR.tr("Engine starting…"));
  private final ReadOnlyBooleanWrapper engineReady =
      new ReadOnlyBooleanWrapper(this, "engineReady");
  private final ReadOnlyStringWrapper device = new ReadOnlyStringWrapper(this, "device", "");
  // Writable: the shell binds it to projector mode, and the custom-drawn views take it as it is.
  private final DoubleProperty uiScale = new SimpleDoubleProperty(this, "uiScale", 1.0);

  /** The dataset being browsed and trained on (MNIST at start). */
  public ReadOnlyObjectProperty<Dataset> datasetProperty() {
    return dataset.getReadOnlyProperty();
  }

  /** Makes {@code data} the dataset every place uses (null while none is loaded). */
  public void replaceDataset(Dataset data) {
    dataset.set(data);
  }

  /** The current network's description (null until the engine has loaded one). */
  public ReadOnlyObjectProperty<ModelSummary> modelProperty() {
    return model.getReadOnlyProperty();
  }

  /**
   * Makes {@code summary} the current network (new, opened or just trained) and marks its weights
   * as changed, so the places showing its answers ask again.
   */
  public void replaceModel(ModelSummary summary) {
    model.set(summary);
    weightsChanged();
  }

  /**
   * Increases whenever the current network's weights change (new or opened model, training
   * progress), so views that show its answers know to ask again.
   */
  public ReadOnlyIntegerProperty weightsVersionProperty() {
    return weightsVersion.getReadOnlyProperty();
  }

  /** Marks the weights as changed (training progress; {@link #replaceModel} does it itself). */
  public void weightsChanged() {
    weightsVersion.set(weightsVersion.get() + 1);
  }

  /** The network the builder describes (what Train will build when starting afresh). */
  public ReadOnlyObjectProperty<NetworkSpec> draftSpecProperty() {
    return draftSpec.getReadOnlyProperty();
  }

  /** The training settings the builder describes. */
  public ReadOnlyObjectProperty<TrainingConfig> draftConfigProperty() {
    return draftConfig.getReadOnlyProperty();
  }

  /** Whether the builder's fields are all valid (Train stays disabled otherwise). */
  public ReadOnlyBooleanProperty draftValidProperty() {
    return draftValid.getReadOnlyProperty();
  }

  /**
   * The builder → trainer hand-off: what Train will use next. A null {@code spec} or {@code config}
   * keeps the last one that could be used, so a half-typed field never hands over a broken network.
   *
   * @param valid whether every field of the builder is valid now
   */
  public void changeDraft(NetworkSpec spec, TrainingConfig config, boolean valid) {
    if (config != null) {
      draftConfig.set(config);
    }
    if (spec != null) {
      draftSpec.set(spec);
    }
    draftValid.set(valid);
  }

  /** Whether a training run is going. */
  public ReadOnlyBooleanProperty trainingProperty() {
    return training.getReadOnlyProperty();
  }

  /** Records that a training run started ({@code true}) or ended. */
  public void trainingRunning(boolean running) {
    training.set(running);
  }

  /** The digit most recently sent to the Predict view. */
  public ReadOnlyObjectProperty<SentDigit> digitForPredictProperty() {
    return digitForPredict.getReadOnlyProperty();
  }

  /** Hands {@code digit} to the Predict place (which shows it when it next looks). */
  public void sendToPredict(SentDigit digit) {
    digitForPredict.set(digit);
  }

  /** The digit most recently sent to the Inspect place ("Inspect" in Dataset or Evaluate). */
  public ReadOnlyObjectProperty<SentDigit> digitForInspectProperty() {
    return digitForInspect.getReadOnlyProperty();
  }

  /** Hands {@code digit} to the Inspect place, which shows its forward pass. */
  public void sendToInspect(SentDigit digit) {
    digitForInspect.set(digit);
  }

  /**
   * What the Predict pad shows the network now (784 values in 0..1), or null while it is blank: the
   * Inspect place follows it while the learner draws.
   */
  public ReadOnlyObjectProperty<SentDigit> padDigitProperty() {
    return padDigit.getReadOnlyProperty();
  }

  /** Predict's pad has a new input for the network (null: blank). */
  public void padDigitChanged(SentDigit digit) {
    padDigit.set(digit);
  }

  /** The dataset digit another place asked the Dataset place to show, or null. */
  public ReadOnlyObjectProperty<DigitInDataset> digitToBrowseProperty() {
    return digitToBrowse.getReadOnlyProperty();
  }

  /**
   * Asks the Dataset place to select and show {@code digit} (e.g. one of the training digits
   * nearest to a drawing). Asking twice for the same digit is heard twice.
   */
  public void browse(DigitInDataset digit) {
    digitToBrowse.set(null);
    digitToBrowse.set(digit);
  }

  /** Increases whenever the learner's own digits ("My digits") change on disk. */
  public ReadOnlyIntegerProperty myDigitsVersionProperty() {
    return myDigitsVersion.getReadOnlyProperty();
  }

  /** A place added, deleted or imported personal digits: the places showing them read again. */
  public void myDigitsChanged() {
    myDigitsVersion.set(myDigitsVersion.get() + 1);
  }

  /** "Engine starting…", "Engine ready", "Engine failed: …". */
  public ReadOnlyStringProperty engineStatusProperty() {
    return engineStatus.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty engineReadyProperty() {
    return engineReady.getReadOnlyProperty();
  }

  /** The device in use, e.g. "CPU" or "GPU 0 (NVIDIA H200)". */
  public ReadOnlyStringProperty deviceProperty() {
    return device.getReadOnlyProperty();
  }

  /** The engine started and runs on {@code deviceDescription}. */
  public void engineStarted(String deviceDescription) {
    engineStatus.set(TR.tr("Engine ready"));
    engineReady.set(true);
    device.set(deviceDescription);
  }

  /** The engine could not start; {@code reason} is one line for the status bar. */
  public void engineFailed(String reason) {
    engineStatus.set(TR.format("Engine failed: %s", reason));
  }

  /**
   * 1.0 normally, about 2.0 in projector mode: custom-drawn controls (canvases, charts) scale their
   * strokes and fonts by it.
   */
  public DoubleProperty uiScaleProperty() {
    return uiScale;
  }
}
