package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.WrappingRow;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * The Predict place's layout: the drawing pad with its tools on the left; on the right the
 * network's answer card ({@link AnswerCard}: the digit, large, with its probability, and the
 * softmax bars) with what the network sees beside the answer, or under the pad when space is short.
 * Only nodes here; {@link PredictController} binds them to the model.
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
  final CheckBox centreDigit = new CheckBox(TR.tr("Centre like _MNIST"));
  final Label error = styled(new Label(), "predict-error");
  final NetworkInputView networkInput;
  final AnswerCard answer;
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
  private final VBox header;

  private final ColumnConstraints padShare = new ColumnConstraints();
  private final ColumnConstraints answerShare = new ColumnConstraints();
  private boolean compact;
  private boolean fitted;
  private VBox padColumn;

  /** {@code uiScale} widens the lines of what the network sees in projector mode. */
  PredictView(DoubleProperty uiScale) {
    this.networkInput = new NetworkInputView(uiScale);
    this.answer = new AnswerCard(uiScale);
    getStyleClass().add("predict-view");
    getStylesheets().add(getClass().getResource("predict.css").toExternalForm());
    header = header();
    setTop(header);
    setCenter(scrolling(body()));
    describeControls();
    showIcons(true);
    // Fitted on every layout pass (see layoutChildren); a new scale asks for one.
    uiScale.addListener(o -> requestLayout());
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
    answer.whyPanel.setVisible(shown);
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
    grid.getColumnConstraints().addAll(padShare, answerShare);
    shareColumns(false);
    RowConstraints row = new RowConstraints();
    row.setVgrow(Priority.ALWAYS);
    row.setValignment(VPos.TOP);
    grid.getRowConstraints().add(row);
    grid.add(padColumn(), 0, 0);
    grid.add(answerCard(), 1, 0);
    return grid;
  }

  /**
   * The place fills the window and scrolls only when its smallest size does not fit (large fonts in
   * a small window): then nothing is cut off or drawn over its neighbour.
   */
  private static ScrollPane scrolling(GridPane body) {
    ScrollPane scroll = styled(new ScrollPane(body), "predict-scroll");
    scroll.setFitToWidth(true);
    scroll.setFitToHeight(true);
    return scroll;
  }

  private VBox padColumn() {
    // The tools line up with the pad, whose side is the smaller of its cell's sides.
    WrappingRow tools = padTools();
    inspect.managedProperty().bind(inspect.visibleProperty());
    error.setWrapText(true);
    error.setMinHeight(Region.USE_PREF_SIZE);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    // Centred under the pad, not held to its width: its words would wrap a letter a line, and the
    // taller column would shrink the pad further.
    seesBesidePad.setMaxWidth(Region.USE_PREF_SIZE);
    seesBesidePad.managedProperty().bind(seesBesidePad.visibleProperty());
    VBox column = new VBox(tools, error, pad, seesBesidePad);
    column.getStyleClass().add("pad-column");
    // As tall as its content (the pad is square), so the answer card can end where it ends.
    column.setMaxHeight(Region.USE_PREF_SIZE);
    padColumn = column;
    column.setAlignment(Pos.TOP_CENTER);
    return column;
  }

  private AnswerCard answerCard() {
    sees.setMinWidth(Region.USE_PREF_SIZE);
    // Wrapped rather than cut to "…" when space is short; the bars give way instead.
    for (Labeled text : List.of(centreDigit, seesTitle)) {
      text.setWrapText(true);
      text.setMinHeight(Region.USE_PREF_SIZE);
    }
    // The card ends where the pad (or the network's view under it) ends, not at the window's edge.
    answer.maxHeightProperty().bind(padColumn.heightProperty());
    return answer;
  }

  /**
   * Large fonts (projector mode) or a small window leave too little room for three things side by
   * side: then "What the network sees" moves under the pad and the subtitle goes (its hints are in
   * the tooltips), so nothing is cut off. When the window is short as well (projector mode on a
   * 1280×720 screen) the title goes too: the navigation already says where we are, and the pad and
   * the bars need the height.
   */
  private void fitLayout() {
    double em = Math.max(1, answer.untrained.getFont().getSize());
    boolean small = getWidth() / em < 60 || getHeight() / em < 38;
    boolean low = getHeight() / em < 28;
    // Unchanged shares fire nothing, so this can run on every pass.
    shareColumns(getWidth() > 0 && getWidth() / em < 32);
    if (getWidth() > 0 && (small != compact || low == header.isVisible() || !fitted)) {
      fitted = true;
      compact = small;
      pseudoClassStateChanged(COMPACT, compact);
      answer.setCompact(compact);
      subtitle.setVisible(!compact);
      showIcons(!compact);
      // The tools must not be wider than the pad; Inspect stays a Ctrl+6 away.
      inspect.setVisible(!compact);
      header.setVisible(!low);
      answer.setLow(low);
      placeNetworkInput();
    }
  }

  /**
   * Fitted here rather than when the size or the font changes: a theme switch, a lesson bar or the
   * zoom changes both, in either order, and only a layout pass sees the two as they are now.
   */
  @Override
  protected void layoutChildren() {
    fitLayout();
    super.layoutChildren();
  }

  /**
   * The pad gets the larger share, but less of it when very narrow (projector mode on a 1024-pixel
   * screen): the card must hold the ten digits under the bars, the pad stays at least 9em.
   */
  private void shareColumns(boolean narrow) {
    padShare.setPercentWidth(narrow ? 46 : 52);
    answerShare.setPercentWidth(narrow ? 54 : 48);
  }

  private void placeNetworkInput() {
    if (compact) {
      sees.getChildren().clear();
      answer.removeFromBesideAnswer(sees);
      seesBesidePad.getChildren().setAll(networkInput, seesLabels);
    } else {
      seesBesidePad.getChildren().clear();
      sees.getChildren().setAll(seesLabels, networkInput);
      answer.showBesideAnswer(sees);
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
    icon(centreDigit, shown ? MaterialDesignI.IMAGE_FILTER_CENTER_FOCUS : null);
    answer.showIcons(shown);
  }

  /** Shows {@code ikon} beside the control's words, or (null) no icon. */
  static void icon(Labeled control, Ikon ikon) {
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
    centreDigit.setTooltip(
        new Tooltip(
            TR.tr(
                "MNIST's digits were moved so their centre of mass sits in the middle; the network only ever saw digits placed like that. Turn this off to give it your drawing where you drew it, and watch an off-centre digit fail (Alt+M)")));
    pad.setAccessibleHelp(
        TR.tr(
            "Draw a digit with the mouse, a pen or a finger. Keys on the pad: Ctrl+Z undoes the last stroke, Escape or Delete clears the pad, Ctrl+I opens a picture, a digit key 0 to 9 adds the drawing to My digits with that label"));
  }

  /**
   * Undo and Clear at the left, Inspect and Open at the right on the same line, or under them when
   * the pad is too narrow for both (projector mode on a 1024-pixel screen): a single line held the
   * pad's column at the tools' full width, and the answer card beside it ran out of the window.
   */
  private WrappingRow padTools() {
    HBox left = toolGroup(undo, clear);
    WrappingRow tools =
        new WrappingRow(left, toolGroup(inspect, open)) {
          // As wide as the pad, the tools' ends at its edges; but on one line when the column has
          // room, wider than the pad, rather than a second line that would push the pad down.
          @Override
          protected double computeMaxWidth(double height) {
            return Math.max(pad.sideProperty().get(), computePrefWidth(height));
          }
        };
    tools.gapProperty().bind(left.spacingProperty()); // the same gap as between the buttons
    pad.sideProperty().addListener(o -> tools.requestLayout());
    tools.getStyleClass().add("pad-tools-rows");
    return tools;
  }

  private static HBox toolGroup(Button first, Button second) {
    HBox group = styled(new HBox(first, second), "pad-tools");
    group.setAlignment(Pos.CENTER_LEFT);
    group.setMinWidth(Region.USE_PREF_SIZE);
    return group;
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
