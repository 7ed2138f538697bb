package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Page;
import dev.mnistexplorer.app.common.UiNumbers;
import dev.mnistexplorer.core.service.ModelSummary;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * The Predict place, the one the app opens on: draw a digit (or open a picture, or take one sent
 * from another place) and watch the network's answer follow every stroke. This controller builds
 * the {@link PredictModel} and {@link PredictView}, binds them, and handles the keyboard, the file
 * chooser and drag and drop.
 */
public final class PredictFeature implements Feature {
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
  private static final PseudoClass UNTRAINED = PseudoClass.getPseudoClass("untrained");
  private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");
  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination OPEN =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

  private final AppContext context;
  private final PredictModel model;
  private final PredictView view;
  private File lastDirectory;

  public PredictFeature(AppContext context) {
    this(context, new PredictModel(context));
  }

  /** With the model made by the caller (the app's assembly, or a test). */
  public PredictFeature(AppContext context, PredictModel model) {
    this.context = context;
    this.model = model;
    DrawingPad pad = new DrawingPad(model::strokes, model::imageLayer, padListener());
    this.view = new PredictView(pad, context.state().uiScaleProperty());
    bindAnswer();
    bindTools();
    view.root.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    acceptDroppedImages();
  }

  @Override
  public Page page() {
    return Page.PREDICT;
  }

  @Override
  public Node view() {
    return view.root;
  }

  @Override
  public void shown() {
    view.pad.requestFocus();
  }

  /** Asks for an image file to predict (Ctrl+I inside the view). */
  public void openImage() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle("Open a picture of a digit");
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter("PNG and JPEG images", "*.png", "*.jpg", "*.jpeg"),
            new FileChooser.ExtensionFilter("All files", "*.*"));
    if (lastDirectory != null && lastDirectory.isDirectory()) {
      chooser.setInitialDirectory(lastDirectory);
    }
    File file =
        chooser.showOpenDialog(
            view.root.getScene() == null ? null : view.root.getScene().getWindow());
    if (file != null) {
      lastDirectory = file.getParentFile();
      model.openImage(file.toPath());
    }
  }

  @Override
  public CompletableFuture<Void> prepareScreenshot() {
    CompletableFuture<Void> ready = new CompletableFuture<>();
    Runnable draw =
        () -> {
          model.untrainedProperty().set(false);
          model.clear();
          model.addStrokes(SampleDrawings.seven());
          model.whenSettled().whenComplete((done, error) -> ready.complete(null));
        };
    if (context.state().modelProperty().get() != null) {
      draw.run();
    } else {
      // Started before the bundled model has loaded: draw as soon as there is a network.
      context
          .state()
          .modelProperty()
          .addListener(
              new InvalidationListener() {
                @Override
                public void invalidated(javafx.beans.Observable property) {
                  if (context.state().modelProperty().get() != null) {
                    property.removeListener(this);
                    draw.run();
                  }
                }
              });
    }
    return ready;
  }

  private DrawingPad.Listener padListener() {
    return new DrawingPad.Listener() {
      @Override
      public void strokeStarted(double x, double y) {
        model.beginStroke(x, y);
      }

      @Override
      public void strokeExtended(double x, double y) {
        model.extendStroke(x, y);
      }

      @Override
      public void strokeEnded() {
        model.endStroke();
      }

      @Override
      public void clearRequested() {
        model.clear();
      }
    };
  }

  private void bindAnswer() {
    model.probabilitiesProperty().addListener((o, was, now) -> showAnswer());
    model.hintProperty().addListener((o, was, now) -> showAnswer());
    context.state().modelProperty().addListener((o, was, now) -> showAnswer());
    model.classNamesProperty().addListener((o, was, now) -> view.bars.setClassNames(now));
    model.networkInputProperty().addListener((o, was, now) -> view.networkInput.setInput(now));
    model.sketchRevisionProperty().addListener((o, was, now) -> view.pad.refresh());
    view.pad
        .hintProperty()
        .bind(Bindings.when(model.blankProperty()).then("Draw a digit here").otherwise(""));
    view.source
        .textProperty()
        .bind(
            Bindings.when(model.sourceProperty().isEmpty())
                .then("")
                .otherwise(Bindings.concat("Digit from ", model.sourceProperty())));
    view.error.textProperty().bind(model.errorProperty());
    showAnswer();
  }

  private void showAnswer() {
    int best = model.predictedClassProperty().get();
    boolean untrained = model.answerUntrainedProperty().get();
    boolean answered = best >= 0 && model.probabilitiesProperty().get() != null;
    view.bars.setProbabilities(answered ? model.probabilitiesProperty().get() : null);
    view.answerCaption.setText(
        answered && untrained ? "The untrained network says" : "The network says");
    List<String> names = model.classNamesProperty().get();
    view.answerDigit.setText(
        !answered ? "" : best < names.size() ? names.get(best) : Integer.toString(best));
    view.answerConfidence.setText(
        answered ? confidence(model.confidenceProperty().get()) : model.hintProperty().get());
    view.answerNetwork.setText(answered ? networkText(untrained) : "");
    view.root.pseudoClassStateChanged(UNTRAINED, answered && untrained);
    view.root.pseudoClassStateChanged(ANSWERED, answered);
  }

  /** "98.6% sure", never a rounded-up "100.0%". */
  static String confidence(double probability) {
    double percent = probability * 100;
    return percent >= 99.95 ? ">99.9% sure" : UiNumbers.format("%.1f%% sure", percent);
  }

  private String networkText(boolean untrained) {
    if (untrained) {
      return "A freshly initialised network, never trained";
    }
    ModelSummary summary = context.state().modelProperty().get();
    if (summary == null
        || !summary.metadata().isTrained()
        || Float.isNaN(summary.metadata().testAccuracy())) {
      return "This network has not been trained yet";
    }
    return UiNumbers.format(
        "Trained network: %.1f%% right on the %s test set",
        100 * summary.metadata().testAccuracy(), summary.metadata().dataset());
  }

  private void bindTools() {
    view.undo.setOnAction(event -> model.undo());
    view.undo.disableProperty().bind(model.canUndoProperty().not());
    view.clear.setOnAction(event -> model.clear());
    view.clear.disableProperty().bind(model.blankProperty());
    view.open.setOnAction(event -> openImage());
    view.untrained.selectedProperty().bindBidirectional(model.untrainedProperty());
  }

  private void keyPressed(KeyEvent event) {
    if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.DELETE) {
      model.clear();
    } else if (UNDO.match(event)) {
      model.undo();
    } else if (OPEN.match(event)) {
      openImage();
    } else {
      return;
    }
    event.consume();
  }

  private void acceptDroppedImages() {
    DrawingPad pad = view.pad;
    pad.addEventHandler(
        DragEvent.DRAG_OVER,
        event -> {
          if (droppedImage(event).isPresent()) {
            event.acceptTransferModes(TransferMode.COPY);
            pad.pseudoClassStateChanged(DROP_TARGET, true);
          }
          event.consume();
        });
    pad.addEventHandler(
        DragEvent.DRAG_EXITED, event -> pad.pseudoClassStateChanged(DROP_TARGET, false));
    pad.addEventHandler(
        DragEvent.DRAG_DROPPED,
        event -> {
          Optional<File> file = droppedImage(event);
          file.ifPresent(image -> model.openImage(image.toPath()));
          event.setDropCompleted(file.isPresent());
          pad.pseudoClassStateChanged(DROP_TARGET, false);
          event.consume();
        });
  }

  private static Optional<File> droppedImage(DragEvent event) {
    if (!event.getDragboard().hasFiles()) {
      return Optional.empty();
    }
    List<File> files = event.getDragboard().getFiles();
    return files.stream()
        .filter(file -> file.getName().toLowerCase(Locale.ROOT).matches(".*\\.(png|jpe?g|bmp|gif)"))
        .findFirst();
  }
}
