package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The Predict place's layout: the drawing pad with its tools on the left; on the right the
 * network's answer (the digit, large, with its probability), what the network sees, and the softmax
 * bars. Only nodes here; {@link PredictController} binds them to the model.
 */
final class PredictView extends BorderPane {
  private static final I18n TR = I18n.forPackageOf(PredictView.class);

  /** Help ▸ Keyboard Shortcuts: the mnemonics of the buttons below. */
  static final List<PlaceKey> MNEMONICS =
      List.of(
          new PlaceKey("Alt+A", TR.tr("add to my digits (asks for the label)")),
          new PlaceKey("Alt+M", TR.tr("centre like MNIST")),
          new PlaceKey("Alt+I", TR.tr("inspect this digit")));

  private static final PseudoClass COMPACT = PseudoClass.getPseudoClass("compact");
  private static final PseudoClass UNTRAINED = PseudoClass.getPseudoClass("untrained");
  private static final PseudoClass ANSWERED = PseudoClass.getPseudoClass("answered");
  private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass("drop-target");
  final DrawingPad pad = new DrawingPad();
  final Button undo = new Button(TR.tr("_Undo"));
  final Button clear = new Button(TR.tr("_Clear"));
  final Button open = new Button(TR.tr("_Open image…"));
  final Button inspect = new Button(TR.tr("_Inspect"));
  final CheckBox untrained = new CheckBox(TR.tr("Show the u_ntrained network"));
  final Button addToMyDigits = new Button(TR.tr("_Add to my digits"));
  final CheckBox centreDigit = new CheckBox(TR.tr("Centre like _MNIST"));
  final List<Button> labelButtons =
      IntStream.range(0, 10).mapToObj(d -> new Button(String.valueOf(d))).toList();
  final Button cancelLabel = new Button(TR.tr("Cancel"));
  final FlowPane labelPicker = styled(new FlowPane(), "label-picker");
  final Label myDigitsMessage = styled(new Label(), "my-digits-message");
  private final VBox myDigitsBar = new VBox();
  final Label answerDigit = styled(new Label(), "answer-digit");
  final Label answerConfidence = styled(new Label(), "answer-confidence");
  final Label answerCaption = styled(new Label(), "answer-caption");
  final Label answerNetwork = styled(new Label(), "answer-network");
  final Label source = styled(new Label(), "digit-source");
  final Label error = styled(new Label(), "predict-error");
  final NetworkInputView networkInput;
  final SoftmaxBars bars = new SoftmaxBars();
  final WhyPanel whyPanel;
  final Label seesCaption = styled(new Label(TR.tr("28 × 28 pixels")), "muted");

  final Label subtitle =
      styled(
          new Label(
              TR.tr(
                  "The network answers while you draw. Undo a stroke with Ctrl+Z; clear the pad with Esc or a right-click.")),
          "muted");
  private final Label seesTitle =
      styled(new Label(TR.tr("What the network sees")), "section-title");
  // The centring switch sits with what the network sees, which it changes.
  private final VBox seesLabels = new VBox(seesTitle, seesCaption, centreDigit);
  private final VBox sees = styled(new VBox(), "network-sees");
  private final HBox seesBesidePad = styled(new HBox(), "network-sees-compact");
  private final HBox answerRow = styled(new HBox(), "answer-row");
  private final VBox header;

  private boolean compact;
  private VBox padColumn;

  /** {@code uiScale} widens the lines of what the network sees in projector mode. */
  PredictView(DoubleProperty uiScale) {
    this.networkInput = new NetworkInputView(uiScale);
    this.whyPanel = new WhyPanel(uiScale);
    getStyleClass().add("predict-view");
    getStylesheets().add(getClass().getResource("predict.css").toExternalForm());
    header = header();
    setTop(header);
    setCenter(body());
    describeControls();
    showIcons(true);
    widthProperty().addListener(o -> fitLayout());
    heightProperty().addListener(o -> fitLayout());
    untrained.fontProperty().addListener(o -> fitLayout());
    placeNetworkInput();
  }

  /** Marks the place (for the stylesheet) as showing an answer, and whether an untrained one. */
  void markAnswer(boolean answered, boolean untrainedAnswer) {
    pseudoClassStateChanged(UNTRAINED, answered && untrainedAnswer);
    pseudoClassStateChanged(ANSWERED, answered);
  }

  /**
   * Shows why the network answers (and the nearest digits) in place of the bars, or the bars. Its
   * picture is what the network sees, coloured, so the small one beside the answer makes way.
   */
  void showWhy(boolean shown) {
    whyPanel.setVisible(shown);
    placeNetworkInput();
  }

  /** Marks the pad while a picture is dragged over it. */
  void markDropTarget(boolean target) {
    pad.pseudoClassStateChanged(DROP_TARGET, target);
  }

  private VBox header() {
    Label title = styled(new Label(TR.tr("Draw a digit")), "title");
    subtitle.setWrapText(true);
    subtitle.managedProperty().bind(subtitle.visibleProperty());
    VBox box = new VBox(title, subtitle);
    box.getStyleClass().add("predict-header");
    box.managedProperty().bind(box.visibleProperty());
    return box;
  }

  private GridPane body() {
    GridPane grid = new GridPane();
    grid.getStyleClass().add("predict-body");
    ColumnConstraints padColumn = new ColumnConstraints();
    padColumn.setPercentWidth(52);
    ColumnConstraints answerColumn = new ColumnConstraints();
    answerColumn.setPercentWidth(48);
    grid.getColumnConstraints().addAll(padColumn, answerColumn);
    RowConstraints row = new RowConstraints();
    row.setVgrow(Priority.ALWAYS);
    row.setValignment(VPos.TOP);
    grid.getRowConstraints().add(row);
    grid.add(padColumn(), 0, 0);
    grid.add(answerColumn(), 1, 0);
    return grid;
  }

  private VBox padColumn() {
    HBox tools = new HBox(undo, clear, spacer(), inspect, open);
    inspect.managedProperty().bind(inspect.visibleProperty());
    tools.getStyleClass().add("pad-tools");
    tools.setAlignment(Pos.CENTER_LEFT);
    // The tools line up with the pad, whose side is the smaller of its cell's sides.
    tools.maxWidthProperty().bind(pad.sideProperty());
    tools.setMinWidth(Region.USE_PREF_SIZE);
    error.setWrapText(true);
    error.setMinHeight(Region.USE_PREF_SIZE);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    seesBesidePad.maxWidthProperty().bind(pad.sideProperty());
    seesBesidePad.managedProperty().bind(seesBesidePad.visibleProperty());
    VBox column = new VBox(tools, error, pad, seesBesidePad);
    column.getStyleClass().add("pad-column");
    // As tall as its content (the pad is square), so the answer card can end where it ends.
    column.setMaxHeight(Region.USE_PREF_SIZE);
    padColumn = column;
    column.setAlignment(Pos.TOP_CENTER);
    return column;
  }

  /**
   * Beside the answer ("it says 6, but it is a 7"): Add to my digits and its confirmation on one
   * line, which the label picker takes over while it is open. Here rather than under the pad, so
   * the pad keeps its size and the bars give way instead.
   */
  private VBox myDigitsBar() {
    FlowPane addRow = styled(new FlowPane(addToMyDigits, myDigitsMessage), "my-digits-row");
    addRow.setAlignment(Pos.CENTER_LEFT);
    addRow.managedProperty().bind(addRow.visibleProperty());
    addRow.visibleProperty().bind(labelPicker.visibleProperty().not());
    Label question = styled(new Label(TR.tr("Which digit? Press 0–9:")), "label-question");
    labelPicker.getChildren().add(question);
    labelPicker.getChildren().addAll(labelButtons);
    labelPicker.getChildren().add(cancelLabel);
    labelPicker.setAlignment(Pos.CENTER_LEFT);
    labelPicker.managedProperty().bind(labelPicker.visibleProperty());
    labelPicker.setVisible(false);
    myDigitsMessage.setWrapText(true);
    myDigitsMessage.setMinHeight(Region.USE_PREF_SIZE);
    myDigitsBar.getChildren().setAll(addRow, labelPicker);
    myDigitsBar.managedProperty().bind(myDigitsBar.visibleProperty());
    // It never makes the place taller than the window: in a low window it goes (see fitLayout).
    myDigitsBar.setMinHeight(0);
    return styled(myDigitsBar, "my-digits-bar");
  }

  /**
   * The untrained switch with Add to my digits under it, closer together than the card's rows, so a
   * projector at 1280×720 still shows the whole place without scrolling.
   */
  private VBox switchesAndMyDigits() {
    return styled(new VBox(untrained, myDigitsBar()), "predict-switches");
  }

  private VBox answerColumn() {
    answerDigit.setMinWidth(Region.USE_PREF_SIZE);
    answerDigit.managedProperty().bind(answerDigit.textProperty().isNotEmpty());
    answerNetwork.managedProperty().bind(answerNetwork.visibleProperty());
    VBox confidenceText = new VBox(answerConfidence, answerNetwork);
    confidenceText.getStyleClass().add("answer-confidence-text");
    confidenceText.setMinWidth(0);
    HBox.setHgrow(confidenceText, Priority.ALWAYS);
    HBox digitRow = new HBox(answerDigit, confidenceText);
    digitRow.getStyleClass().add("answer-digit-row");
    digitRow.setAlignment(Pos.CENTER_LEFT);
    VBox answerText = new VBox(answerCaption, digitRow);
    answerText.getStyleClass().add("answer-text");
    HBox.setHgrow(answerText, Priority.ALWAYS);
    sees.setMinWidth(Region.USE_PREF_SIZE);
    answerRow.getChildren().add(answerText);
    Label barsTitle =
        styled(new Label(TR.tr("Probability of each digit (softmax)")), "section-title");
    // Wrapped rather than cut to "…" when space is short; the bars give way instead.
    for (Labeled text :
        List.of(barsTitle, untrained, centreDigit, seesTitle, answerConfidence, answerNetwork)) {
      text.setWrapText(true);
      text.setMinHeight(Region.USE_PREF_SIZE);
    }
    VBox.setVgrow(bars, Priority.ALWAYS);
    source.setWrapText(true);
    source.managedProperty().bind(source.textProperty().isNotEmpty());
    VBox.setVgrow(whyPanel, Priority.ALWAYS);
    whyPanel.managedProperty().bind(whyPanel.visibleProperty());
    barsTitle.managedProperty().bind(barsTitle.visibleProperty());
    bars.managedProperty().bind(bars.visibleProperty());
    barsTitle.visibleProperty().bind(whyPanel.visibleProperty().not());
    bars.visibleProperty().bind(whyPanel.visibleProperty().not());
    whyPanel.setVisible(false);
    VBox column =
        new VBox(
            answerRow,
            barsTitle,
            bars,
            whyPanel,
            switchesAndMyDigits(),
            whyPanel.switchRow,
            source);
    column.getStyleClass().add("answer-column");
    // The card ends where the pad (or the network's view under it) ends, not at the window's edge.
    column.maxHeightProperty().bind(padColumn.heightProperty());
    return column;
  }

  /**
   * Large fonts (projector mode) or a small window leave too little room for three things side by
   * side: then "What the network sees" moves under the pad and the subtitle goes (its hints are in
   * the tooltips), so nothing is cut off. When the window is short as well (projector mode on a
   * 1280×720 screen) the title goes too: the navigation already says where we are, and the pad and
   * the bars need the height.
   */
  private void fitLayout() {
    double em = Math.max(1, untrained.getFont().getSize());
    boolean small = getWidth() / em < 60 || getHeight() / em < 38;
    boolean low = getHeight() / em < 28;
    if (getWidth() > 0 && (small != compact || low == header.isVisible())) {
      compact = small;
      pseudoClassStateChanged(COMPACT, compact);
      whyPanel.setCompact(compact);
      subtitle.setVisible(!compact);
      showIcons(!compact);
      // The tools must not be wider than the pad; Inspect stays a Ctrl+6 away.
      inspect.setVisible(!compact);
      header.setVisible(!low);
      // The caption still says which network answers; the line about its accuracy goes.
      answerNetwork.setVisible(!low);
      // So does the Add button: a digit key on the pad still adds, the status bar confirms.
      myDigitsBar.setVisible(!low);
      placeNetworkInput();
    }
  }

  private void placeNetworkInput() {
    if (compact) {
      sees.getChildren().clear();
      answerRow.getChildren().remove(sees);
      seesBesidePad.getChildren().setAll(networkInput, seesLabels);
    } else {
      seesBesidePad.getChildren().clear();
      sees.getChildren().setAll(seesLabels, networkInput);
      answerRow.getChildren().setAll(answerRow.getChildren().get(0));
      if (!whyPanel.isVisible()) {
        answerRow.getChildren().add(sees);
      }
    }
    seesBesidePad.setVisible(compact);
  }

  /**
   * Icons beside the words (never instead of them): the tools are found by eye, then read. In a
   * compact place they go at once, not a CSS pass later: the tools must stay as narrow as the pad,
   * and the pad's column settles on its size in the very layout pass that turns compact.
   */
  private void showIcons(boolean shown) {
    icon(undo, shown ? MaterialDesignU.UNDO : null);
    icon(clear, shown ? MaterialDesignE.ERASER : null);
    icon(open, shown ? MaterialDesignF.FOLDER_IMAGE : null);
    icon(inspect, shown ? MaterialDesignM.MAGNIFY_SCAN : null);
    icon(addToMyDigits, shown ? MaterialDesignP.PLAYLIST_PLUS : null);
    icon(centreDigit, shown ? MaterialDesignI.IMAGE_FILTER_CENTER_FOCUS : null);
    icon(untrained, shown ? MaterialDesignD.DICE_5_OUTLINE : null);
    icon(cancelLabel, shown ? MaterialDesignC.CLOSE : null);
  }

  private static void icon(Labeled control, Ikon ikon) {
    if (ikon == null) {
      control.setGraphic(null);
    } else {
      Icons.on(control, ikon);
    }
  }

  private void describeControls() {
    undo.setTooltip(new Tooltip(TR.tr("Remove the last stroke (Ctrl+Z)")));
    clear.setTooltip(
        new Tooltip(TR.tr("Start again with a blank pad (Esc, Delete or right-click)")));
    open.setTooltip(
        new Tooltip(
            TR.tr("Predict a digit from a PNG or JPEG picture (Ctrl+I), or drop one on the pad")));
    inspect.setTooltip(
        new Tooltip(
            TR.tr(
                "See this digit go through the network step by step, live as you draw (Inspect, Ctrl+6)")));
    untrained.setTooltip(
        new Tooltip(
            TR.tr(
                "Ask a freshly initialised network with the same layers, never trained: its answer is close to a guess. The current network is not changed.")));
    addToMyDigits.setTooltip(
        new Tooltip(
            TR.tr(
                "Save this drawing in My digits with the label you pick, to test and fine-tune the network on your handwriting (Alt+A, or press a digit key 0–9 on the pad)")));
    centreDigit.setTooltip(
        new Tooltip(
            TR.tr(
                "MNIST's digits were moved so their centre of mass sits in the middle; the network only ever saw digits placed like that. Turn this off to give it your drawing where you drew it, and watch an off-centre digit fail (Alt+M)")));
    for (Button button : labelButtons) {
      button.setTooltip(new Tooltip(TR.format("Save it as a %1$s (key %1$s)", button.getText())));
    }
    cancelLabel.setTooltip(new Tooltip(TR.tr("Do not save this drawing (Esc)")));
    pad.setAccessibleHelp(
        TR.tr(
            "Draw a digit with the mouse, a pen or a finger. Keys on the pad: Ctrl+Z undoes the last stroke, Escape or Delete clears the pad, Ctrl+I opens a picture, a digit key 0 to 9 adds the drawing to My digits with that label"));
  }

  private static Region spacer() {
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    return spacer;
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
