package dev.mnistexplorer.app.predict;

import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.VBox;

/**
 * The Predict place's layout: the drawing pad with its tools on the left; on the right the
 * network's answer (the digit, large, with its probability), what the network sees, and the softmax
 * bars. Only nodes here; {@link PredictFeature} binds them to the {@link PredictModel}.
 */
final class PredictView {
  final BorderPane root = new BorderPane();
  final DrawingPad pad;
  final Button undo = new Button("_Undo");
  final Button clear = new Button("_Clear");
  final Button open = new Button("_Open image…");
  final CheckBox untrained = new CheckBox("Show the u_ntrained network");
  final Label answerDigit = styled(new Label(), "answer-digit");
  final Label answerConfidence = styled(new Label(), "answer-confidence");
  final Label answerCaption = styled(new Label(), "answer-caption");
  final Label answerNetwork = styled(new Label(), "answer-network");
  final Label source = styled(new Label(), "digit-source");
  final Label error = styled(new Label(), "predict-error");
  final NetworkInputView networkInput;
  final SoftmaxBars bars = new SoftmaxBars();

  PredictView(DrawingPad pad, DoubleProperty uiScale) {
    this.pad = pad;
    this.networkInput = new NetworkInputView(uiScale);
    root.getStyleClass().add("predict-view");
    root.getStylesheets().add(getClass().getResource("predict.css").toExternalForm());
    root.setTop(header());
    root.setCenter(body());
    describeControls();
  }

  private VBox header() {
    Label title = styled(new Label("Draw a digit"), "title");
    Label subtitle =
        styled(
            new Label(
                "The network answers while you draw. Undo a stroke with Ctrl+Z; clear the"
                    + " pad with Esc or a right-click."),
            "muted");
    subtitle.setWrapText(true);
    VBox header = new VBox(title, subtitle);
    header.getStyleClass().add("predict-header");
    return header;
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
    VBox.setVgrow(pad, Priority.ALWAYS);
    HBox tools = new HBox(undo, clear, spacer(), open);
    tools.getStyleClass().add("pad-tools");
    tools.setAlignment(Pos.CENTER_LEFT);
    // The tools line up with the pad, whose side is the smaller of its cell's sides.
    tools.maxWidthProperty().bind(pad.sideProperty());
    error.setWrapText(true);
    error.setMinHeight(Region.USE_PREF_SIZE);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    error.maxWidthProperty().bind(pad.sideProperty());
    VBox column = new VBox(tools, error, pad);
    column.getStyleClass().add("pad-column");
    column.setAlignment(Pos.TOP_CENTER);
    return column;
  }

  private VBox answerColumn() {
    VBox answerText = new VBox(answerCaption, answerDigit, answerConfidence, answerNetwork);
    answerText.getStyleClass().add("answer-text");
    Label seesTitle = styled(new Label("What the network sees"), "section-title");
    Label seesCaption = styled(new Label("28 × 28 pixels"), "muted");
    VBox sees = new VBox(seesTitle, seesCaption, networkInput);
    sees.getStyleClass().add("network-sees");
    HBox answerRow = new HBox(answerText, spacer(), sees);
    answerRow.getStyleClass().add("answer-row");
    Label barsTitle = styled(new Label("Probability of each digit (softmax)"), "section-title");
    VBox.setVgrow(bars, Priority.ALWAYS);
    source.setWrapText(true);
    VBox column = new VBox(answerRow, barsTitle, bars, untrained, source);
    column.getStyleClass().add("answer-column");
    return column;
  }

  private void describeControls() {
    undo.setTooltip(new Tooltip("Remove the last stroke (Ctrl+Z)"));
    clear.setTooltip(new Tooltip("Start again with a blank pad (Esc, Delete or right-click)"));
    open.setTooltip(
        new Tooltip("Predict a digit from a PNG or JPEG picture (Ctrl+O), or drop one on the pad"));
    untrained.setTooltip(
        new Tooltip(
            "Ask a freshly initialised network with the same layers, never trained: its answer is"
                + " close to a guess. The current network is not changed."));
    pad.setAccessibleHelp("Ctrl+Z undoes a stroke, Escape clears, Ctrl+O opens an image");
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
