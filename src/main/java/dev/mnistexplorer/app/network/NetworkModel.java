package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.Navigator;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.ShapeTrace;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * The Network place's state and commands: the hidden layers and training settings as typed, what
 * they add up to (parameter count, the tensor shapes a batch goes through, which preset they
 * match), and whether they are valid. Every edit is checked at once by the core's own validators,
 * and the shared draft spec/config follow, so the Train place builds exactly what is shown here.
 */
public final class NetworkModel {
  private final SharedState state;
  private final Navigator navigator;

  // Properties: what is typed
  private final ObservableList<LayerDraft> layers =
      FXCollections.observableArrayList(LayerDraft::observables);
  private final TrainingDraft training = new TrainingDraft();

  // Properties: what it adds up to
  private final ReadOnlyBooleanWrapper valid = new ReadOnlyBooleanWrapper(this, "valid", true);
  private final ReadOnlyBooleanWrapper specValid = new ReadOnlyBooleanWrapper(this, "specValid");
  private final ReadOnlyStringWrapper parameterCount = new ReadOnlyStringWrapper(this, "count");
  private final ObservableList<ShapeTrace.Step> shapeSteps = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper shapeTrace = new ReadOnlyStringWrapper(this, "trace");
  private final ReadOnlyObjectWrapper<NetworkPreset> preset =
      new ReadOnlyObjectWrapper<>(this, "preset");
  private final ReadOnlyStringWrapper inputText = new ReadOnlyStringWrapper(this, "input");
  private final ReadOnlyStringWrapper outputText = new ReadOnlyStringWrapper(this, "output");
  private final ReadOnlyStringWrapper currentModel = new ReadOnlyStringWrapper(this, "current");

  private NetworkSpec frame = NetworkSpec.tutorial(); // image size and outputs come from here
  private long diagramBatch = 64;
  private boolean loading;

  public NetworkModel(SharedState state, Navigator navigator) {
    this.state = state;
    this.navigator = navigator;
    layers.addListener((ListChangeListener<LayerDraft>) change -> revalidate());
    Arrays.stream(training.observables()).forEach(o -> o.addListener(x -> revalidate()));
    state.datasetProperty().addListener((o, old, data) -> datasetChanged(data));
    state
        .modelProperty()
        .addListener((o, old, model) -> currentModel.set(NetworkText.currentModel(model)));
    currentModel.set(NetworkText.currentModel(state.modelProperty().get()));
    load(state.draftSpecProperty().get(), state.draftConfigProperty().get());
  }

  // Properties

  /** The hidden layers, first to last. */
  public ObservableList<LayerDraft> layers() {
    return layers;
  }

  public TrainingDraft training() {
    return training;
  }

  /** Whether every field is valid (Train is enabled only then). */
  public ReadOnlyBooleanProperty validProperty() {
    return valid.getReadOnlyProperty();
  }

  /** Whether the layers are valid (the count and diagram are current only then). */
  public ReadOnlyBooleanProperty specValidProperty() {
    return specValid.getReadOnlyProperty();
  }

  /** "203,530 parameters" (the last valid network's count). */
  public ReadOnlyStringProperty parameterCountProperty() {
    return parameterCount.getReadOnlyProperty();
  }

  /** The steps a batch goes through, input first (of the last valid network and batch size). */
  public ObservableList<ShapeTrace.Step> shapeSteps() {
    return FXCollections.unmodifiableObservableList(shapeSteps);
  }

  /** The same steps on one line, e.g. "(64,1,28,28) → flatten (64,784) → …". */
  public ReadOnlyStringProperty shapeTraceProperty() {
    return shapeTrace.getReadOnlyProperty();
  }

  /** The preset the fields match exactly, or null once edited. */
  public ReadOnlyObjectProperty<NetworkPreset> presetProperty() {
    return preset.getReadOnlyProperty();
  }

  /** "28×28 image → flatten → 784 inputs". */
  public ReadOnlyStringProperty inputTextProperty() {
    return inputText.getReadOnlyProperty();
  }

  /** "10 outputs → softmax". */
  public ReadOnlyStringProperty outputTextProperty() {
    return outputText.getReadOnlyProperty();
  }

  /** The trained model the app holds now, in a few words (empty while none is loaded). */
  public ReadOnlyStringProperty currentModelProperty() {
    return currentModel.getReadOnlyProperty();
  }

  // Commands

  /** Adds a hidden layer after the last one: like the last one, or 128 ReLU units. */
  public void addLayer() {
    LayerSpec like = LayerSpec.of(128, Activation.RELU);
    if (!layers.isEmpty()) {
      LayerDraft last = layers.get(layers.size() - 1);
      int units = LayerChecks.unitsOr(last, 128);
      like = LayerSpec.of(units, last.activationProperty().get());
    }
    layers.add(new LayerDraft(like));
  }

  public void removeLayer(int index) {
    layers.remove(index);
  }

  /** Moves a layer one place towards the input (-1) or the output (+1); false at either end. */
  public boolean moveLayer(int index, int direction) {
    int target = index + direction;
    if (index < 0 || index >= layers.size() || target < 0 || target >= layers.size()) {
      return false;
    }
    // One change, so the list's watchers see the same layer moved, not removed and re-added.
    List<LayerDraft> reordered = new ArrayList<>(layers);
    reordered.add(target, reordered.remove(index));
    layers.setAll(reordered);
    return true;
  }

  public void applyPreset(NetworkPreset chosen) {
    load(chosen.spec(), chosen.config());
  }

  /**
   * Shows a network and/or training settings chosen elsewhere (a lesson step); null keeps that part
   * as it is.
   */
  public void show(NetworkSpec spec, TrainingConfig config) {
    if (spec != null) {
      load(spec, config);
    } else if (config != null) {
      training.load(config);
    }
  }

  /** Copies the current trained model's layers into the builder (the settings stay). */
  public void useCurrentModel() {
    ModelSummary model = state.modelProperty().get();
    if (model != null) {
      load(model.spec(), null);
    }
  }

  /** Goes to the Train place when everything is valid; false (and stays) otherwise. */
  public boolean trainThisNetwork() {
    if (!valid.get()) {
      return false;
    }
    navigator.show(Place.TRAIN);
    return true;
  }

  /** Shows {@code spec}'s layers and, unless null, {@code config}'s settings. */
  private void load(NetworkSpec spec, TrainingConfig config) {
    loading = true;
    try {
      frame = withDatasetShape(spec);
      layers.setAll(spec.hidden().stream().map(LayerDraft::new).toList());
      if (config != null) {
        training.load(config);
      }
    } finally {
      loading = false;
    }
    revalidate();
  }

  private void datasetChanged(Dataset data) {
    frame = withDatasetShape(frame);
    revalidate();
  }

  /** The input size and outputs follow the dataset being used (MNIST: 28×28, 10 classes). */
  private NetworkSpec withDatasetShape(NetworkSpec spec) {
    Dataset data = state.datasetProperty().get();
    if (data == null) {
      return spec;
    }
    return new NetworkSpec(
        data.train().rows(), data.train().cols(), spec.hidden(), data.classCount());
  }

  /** Checks everything, marks wrong fields, and updates what the fields add up to. */
  void revalidate() {
    if (loading) {
      return;
    }
    NetworkSpec spec = LayerChecks.check(layers, frame);
    TrainingConfig config = training.check();
    if (config != null) {
      diagramBatch = config.batchSize();
    }
    if (spec != null) {
      parameterCount.set(NetworkText.parameters(spec.parameterCount()));
      shapeSteps.setAll(ShapeTrace.of(spec, diagramBatch));
      shapeTrace.set(ShapeTrace.describe(spec, diagramBatch));
      inputText.set(NetworkText.input(spec));
      outputText.set(NetworkText.output(spec));
    }
    specValid.set(spec != null);
    valid.set(spec != null && config != null);
    state.changeDraft(spec, config, valid.get());
    preset.set(valid.get() ? matchingPreset(spec, config) : null);
  }

  private static NetworkPreset matchingPreset(NetworkSpec spec, TrainingConfig config) {
    for (NetworkPreset candidate : NetworkPreset.values()) {
      if (candidate.spec().equals(spec) && candidate.config().equals(config)) {
        return candidate;
      }
    }
    return null;
  }
}
