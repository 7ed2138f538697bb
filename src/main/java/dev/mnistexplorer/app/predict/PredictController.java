package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.app.common.TextBindings;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import java.io.File;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.css.PseudoClass;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.stage.FileChooser;

/**
 * Binds the Predict view to its model: the pad to the sketch and the stroke commands, the answer
 * card and the bars to the answer (in {@link PredictText}'s words), the tools to their commands.
 * Handles the keyboard (Esc or Delete clears, Ctrl+Z undoes, Ctrl+I opens), the file chooser, the
 * one place that knows about windows, and pictures dropped on the pad.
 */
final class PredictController {
  private static final I18n TR = I18n.forPackageOf(PredictController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Esc / Delete"), TR.tr("clear the pad")),
          new PlaceKey(TR.tr("Ctrl+Z"), TR.tr("undo the last stroke")),
          new PlaceKey(TR.tr("Ctrl+I"), TR.tr("open an image of a digit")),
          new PlaceKey("0–9", TR.tr("on the pad: add the drawing to My digits with that label")),
          new PlaceKey(TR.tr("Esc"), TR.tr("while choosing a label: cancel")));

  private static final KeyCombination UNDO =
      new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination OPEN =
      new KeyCodeCombination(KeyCode.I, KeyCombination.SHORTCUT_DOWN);

  private static final PseudoClass FAILED = PseudoClass.getPseudoClass("failed");

  private final AppContext context;
  private final PredictModel model;
  private final PredictView view;
  private File lastDirectory;

  PredictController(AppContext context, PredictModel model, WhyModel why, PredictView view) {
    this.context = context;
    this.model = model;
    this.view = view;
    connectPad();
    bindAnswer();
    bindTools();
    new WhyBinder(model, why, view);
    view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
    acceptDroppedImages();
  }

  /** Asks for an image file to predict (the Open button, Ctrl+I, the shell's menu). */
  void openImage() {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(TR.tr("Open a picture of a digit"));
    chooser
        .getExtensionFilters()
        .addAll(
            new FileChooser.ExtensionFilter(
                TR.tr("PNG and JPEG images"), "*.png", "*.jpg", "*.jpeg"),
            new FileChooser.ExtensionFilter(TR.tr("All files"), "*.*"));
    if (lastDirectory != null && lastDirectory.isDirectory()) {
      chooser.setInitialDirectory(lastDirectory);
    }
    File file =
        chooser.showOpenDialog(view.getScene() == null ? null : view.getScene().getWindow());
    if (file != null) {
      lastDirectory = file.getParentFile();
      model.openImage(file.toPath());
    }
  }

  private void connectPad() {
    view.pad.showContent(model::strokes, model::imageLayer);
    view.pad.setListener(
        new DrawingPad.Listener() {
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
        });
    model.sketchRevisionProperty().addListener((o, was, now) -> view.pad.refresh());
    view.pad
        .hintProperty()
        .bind(Bindings.createStringBinding(this::padHint, model.blankProperty()));
  }

  private void bindAnswer() {
    AnswerCard answer = view.answer;
    model.probabilitiesProperty().addListener((o, was, now) -> showAnswer());
    model.hintProperty().addListener((o, was, now) -> showAnswer());
    context.state().modelProperty().addListener((o, was, now) -> showAnswer());
    model.classNamesProperty().addListener((o, was, now) -> answer.bars.setClassNames(now));
    model.networkInputProperty().addListener((o, was, now) -> view.networkInput.setInput(now));
    answer.source.textProperty().bind(TextBindings.of(model.sourceProperty(), PredictText::source));
    view.error.textProperty().bind(model.errorProperty());
    model.blankProperty().addListener((o, was, now) -> describePad());
    showAnswer();
  }

  private void showAnswer() {
    int best = model.predictedClassProperty().get();
    boolean untrained = model.answerUntrainedProperty().get();
    boolean answered = best >= 0 && model.probabilitiesProperty().get() != null;
    AnswerCard answer = view.answer;
    answer.bars.setProbabilities(answered ? model.probabilitiesProperty().get() : null);
    answer.caption.setText(PredictText.answerCaption(answered, untrained));
    answer.digit.setText(
        answered ? PredictText.digitName(best, model.classNamesProperty().get()) : "");
    answer.confidence.setText(
        answered
            ? PredictText.confidence(model.confidenceProperty().get())
            : model.hintProperty().get());
    answer.network.setText(answered ? PredictText.networkText(untrained, metadata()) : "");
    view.markAnswer(answered, untrained);
    describePad();
  }

  private void describePad() {
    view.pad.setAccessibleText(
        PredictText.padDescription(
            model.blankProperty().get(),
            view.answer.digit.getText(),
            view.answer.confidence.getText()));
  }

  private ModelMetadata metadata() {
    ModelSummary summary = context.state().modelProperty().get();
    return summary == null ? null : summary.metadata();
  }

  private String padHint() {
    return PredictText.padHint(model.blankProperty().get());
  }

  private void bindTools() {
    view.undo.setOnAction(event -> model.undo());
    view.undo.disableProperty().bind(model.canUndoProperty().not());
    view.clear.setOnAction(event -> model.clear());
    view.clear.disableProperty().bind(model.blankProperty());
    view.open.setOnAction(event -> openImage());
    view.inspect.setOnAction(event -> inspectThePad());
    view.answer.untrained.selectedProperty().bindBidirectional(model.untrainedProperty());
    view.centreDigit.selectedProperty().bindBidirectional(model.centreDigitProperty());
    bindMyDigits();
  }

  private void bindMyDigits() {
    AddToMyDigits adder = model.myDigits();
    AnswerCard answer = view.answer;
    answer.addToMyDigits.disableProperty().bind(adder.canAddProperty().not());
    answer.addToMyDigits.setOnAction(event -> adder.chooseLabel());
    answer.labelPicker.visibleProperty().bind(adder.choosingLabelProperty());
    for (int label = 0; label < answer.labelButtons.size(); label++) {
      int chosen = label;
      answer.labelButtons.get(label).setOnAction(event -> adder.add(chosen));
    }
    answer.cancelLabel.setOnAction(event -> adder.cancel());
    answer.myDigitsMessage.textProperty().bind(adder.messageProperty());
    adder
        .failedProperty()
        .addListener((o, was, now) -> answer.myDigitsMessage.pseudoClassStateChanged(FAILED, now));
  }

  /** The label a digit key (top row or keypad, no modifier) stands for, or -1. */
  static int digitKey(KeyEvent event) {
    if (event.isShortcutDown() || event.isAltDown()) {
      return -1;
    }
    KeyCode code = event.getCode();
    if (code.isDigitKey()) {
      String name = code.getName();
      return Character.digit(name.charAt(name.length() - 1), 10);
    }
    return -1;
  }

  /** Inspect follows the pad live: Predict hands it the very digit it shows the network. */
  private void inspectThePad() {
    SentDigit pad = context.state().padDigitProperty().get();
    if (pad != null) {
      context.state().sendToInspect(pad);
    }
    context.navigator().show(Place.INSPECT);
  }

  private void keyPressed(KeyEvent event) {
    AddToMyDigits adder = model.myDigits();
    int digit = digitKey(event);
    boolean picking = adder.choosingLabelProperty().get();
    if (digit >= 0 && (picking || view.pad.isFocused())) {
      adder.add(digit);
    } else if (picking && event.getCode() == KeyCode.ESCAPE) {
      adder.cancel();
    } else if (event.getCode() == KeyCode.ESCAPE || event.getCode() == KeyCode.DELETE) {
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
            view.markDropTarget(true);
          }
          event.consume();
        });
    pad.addEventHandler(DragEvent.DRAG_EXITED, event -> view.markDropTarget(false));
    pad.addEventHandler(
        DragEvent.DRAG_DROPPED,
        event -> {
          Optional<File> file = droppedImage(event);
          file.ifPresent(image -> model.openImage(image.toPath()));
          event.setDropCompleted(file.isPresent());
          view.markDropTarget(false);
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
