package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.ColumnScroll;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.WrappingRow;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Training place's layout: what will be trained and on which images, the run buttons, a banner
 * with the outcome, progress (epoch and overall, time left, speed, device), the latest numbers as
 * large tiles, and live loss and accuracy charts. Layout and styling only; {@link
 * TrainingController} binds it. The place scrolls only when even the charts' minimum does not fit
 * (projector mode on a small screen).
 */
final class TrainingView extends ScrollPane {
  private static final I18n TR = I18n.forPackageOf(TrainingView.class);
  private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final double GAP = 12; // px at 100 %, scaled like the fonts
  private static final PseudoClass SIDE = PseudoClass.getPseudoClass("side");
  private static final double BASE_FONT = 13; // the root font at 100 % (tokens-*.css)

  /**
   * Shorter than this many lines of text, the charts move beside the controls. The column needs
   * about 37 lines for the controls, progress, tiles and charts with readable plots: at 34, a
   * 1600×1000 window in projector mode (34.2 lines) kept the column and left the charts below the
   * fold.
   */
  private static final double SIDE_BELOW_EM = 40;

  /** A flow's natural width: one row (it wraps only when given less). */
  static final double WIDE_FLOW = 4000;

  final Label plan = new Label();
  final RadioButton fullSet = new RadioButton();
  final RadioButton quickRun = new RadioButton();
  final Button start = Icons.on(new Button(TR.tr("_Start training")), MaterialDesignP.PLAY);
  final Button pause = Icons.on(new Button(TR.tr("_Pause")), MaterialDesignP.PAUSE);
  final Button stop = Icons.on(new Button(TR.tr("S_top")), MaterialDesignS.STOP);
  final Button oneMore =
      Icons.on(new Button(TR.tr("One _more epoch")), MaterialDesignS.STEP_FORWARD);
  final Label banner = new Label();
  final ProgressGrid progress = new ProgressGrid();
  final ScoreTiles tiles = new ScoreTiles();
  final MetricChart lossChart;
  final MetricChart accuracyChart;

  /** The two charts: side by side, stacked, or one at a time with a switch when short. */
  final ChartStack charts;

  /** The curves of this run, and the comparison of recorded runs, as two tabs. */
  final TabPane curveTabs = new TabPane();

  final Tab thisRunTab = new Tab(TR.tr("Curves of this run"));
  final Tab compareTab = new Tab(TR.tr("Compare runs"));
  final CompareView compare;

  /** The legend's training entry: what each point of the training curves averages over. */
  final Label trainingLegend = new Label();

  private final Label testLegend = new Label(TR.tr("Test images (after each epoch)"));

  /** The place itself, inside this scroll pane: a column, or controls and charts side by side. */
  private final VBox column = new VBox();

  private final List<Region> parts;
  private final FlowPane legend;
  private final ObservableDoubleValue uiScale;
  private Boolean side;

  TrainingView(ObservableDoubleValue uiScale) {
    this.uiScale = uiScale;
    String css = getClass().getResource("training.css").toExternalForm();
    column.getStyleClass().add("training-view");
    column.getStylesheets().add(css);
    compare = new CompareView(uiScale);
    lossChart = new MetricChart(CurveSpeech.Metric.LOSS, uiScale);
    accuracyChart = new MetricChart(CurveSpeech.Metric.ACCURACY, uiScale);
    Tooltip.install(
        accuracyChart,
        new Tooltip(
            TR.tr("Each training point is the accuracy on the batches since the previous point.")
                + " "
                + TR.tr("They are the same batches as the training loss's.")));
    charts = new ChartStack(lossChart, accuracyChart);
    VBox.setVgrow(charts, Priority.ALWAYS);
    parts = List.of(header(), controls(), banner(), status());
    legend = legend();
    buildTabs();
    column.heightProperty().addListener(observable -> arrange());
    column.prefHeightProperty().addListener(observable -> arrange());
    column.widthProperty().addListener(observable -> arrange());
    uiScale.addListener(observable -> arrange());
    arrange();
    scrollAround(css);
  }

  /** Styles the banner as good news, a problem, or neither. */
  void markBanner(BannerKind kind) {
    banner.pseudoClassStateChanged(SUCCESS, kind == BannerKind.SUCCESS);
    banner.pseudoClassStateChanged(ERROR, kind == BannerKind.ERROR);
  }

  private void scrollAround(String css) {
    setContent(column);
    setFitToWidth(true);
    setFocusTraversable(false);
    getStyleClass().add("training-scroll");
    getStylesheets().add(css);
    // Fill the height the pane offers (the charts grow), but never below the column's minimum: then
    // it scrolls. (fitToHeight does not show the scroll bar when the content's minimum changes.)
    viewportBoundsProperty()
        .addListener((obs, old, bounds) -> column.setPrefHeight(bounds.getHeight()));
  }

  /**
   * Everything in one column with the charts side by side at the bottom; or, when the window is
   * short for the font (projector mode on a 1280×720 screen), the controls and progress in a
   * scrolling column on the left and the charts stacked on the right (one at a time where two would
   * be too short to read), so the curves are always on screen.
   */
  private void arrange() {
    double em = BASE_FONT * uiScale.get();
    // The height the window shows: the scroll pane sets it as the column's preferred height.
    double shown = column.getPrefHeight() > 0 ? column.getPrefHeight() : column.getHeight();
    boolean nowSide = shown > 0 && shown / em < SIDE_BELOW_EM;
    if (side != null && side == nowSide) {
      return;
    }
    side = nowSide;
    column.pseudoClassStateChanged(SIDE, nowSide);
    if (nowSide) {
      arrangeSideBySide();
    } else {
      charts.horizontalProperty().set(true);
      legend.getChildren().setAll(trainingLegend, testLegend);
      VBox thisRun = new VBox(charts, legend);
      thisRun.getStyleClass().add("this-run");
      thisRunTab.setContent(thisRun);
      column.getChildren().setAll(parts);
      column.getChildren().add(curveTabs);
    }
  }

  private void buildTabs() {
    thisRunTab.setClosable(false);
    compareTab.setClosable(false);
    thisRunTab.setGraphic(Icons.of(MaterialDesignC.CHART_BELL_CURVE_CUMULATIVE));
    compareTab.setGraphic(Icons.of(MaterialDesignC.CHART_MULTILINE));
    thisRunTab.setTooltip(
        new Tooltip(TR.tr("The live loss and accuracy curves of the current network")));
    compareTab.setTooltip(
        new Tooltip(TR.tr("Every run you trained: overlay their curves and answers (Ctrl+R)")));
    compareTab.setContent(compare);
    curveTabs.getTabs().setAll(thisRunTab, compareTab);
    curveTabs.getStyleClass().add("curve-tabs");
    VBox.setVgrow(curveTabs, Priority.ALWAYS);
    HBox.setHgrow(curveTabs, Priority.ALWAYS);
  }

  private void arrangeSideBySide() {
    VBox left = new VBox();
    left.getStyleClass().add("side-column");
    left.getChildren().setAll(parts);
    // Never narrower than its widest control in the UI's language: the charts give way instead.
    ScrollPane scroll = new ColumnScroll(left);
    scroll.getStyleClass().add("side-scroll");
    charts.horizontalProperty().set(false);
    // One entry a line, wrapping: in a row, the two entries held the column at their width and
    // pushed the charts past the window's edge (projector mode on a 1024×768 screen).
    VBox legendColumn = new VBox();
    legendColumn.getChildren().setAll(trainingLegend, testLegend);
    legendColumn.getStyleClass().addAll("legend", "legend-column");
    VBox stacked = new VBox(charts, legendColumn);
    stacked.getStyleClass().add("charts");
    thisRunTab.setContent(stacked);
    HBox row = new HBox(scroll, curveTabs);
    row.getStyleClass().add("side-row");
    VBox.setVgrow(row, Priority.ALWAYS);
    column.getChildren().setAll(row);
  }

  private VBox header() {
    Label title = new Label(TR.tr("Train the network"));
    title.getStyleClass().add("title");
    plan.getStyleClass().add("plan");
    // In the narrow side column (projector mode, short window) these wrap rather than end in "…".
    for (Label text : List.of(title, plan)) {
      text.setWrapText(true);
      text.setMinHeight(Region.USE_PREF_SIZE);
    }
    plan.setTooltip(
        new Tooltip(TR.tr("Change the layers and training settings in Network (Ctrl+2)")));
    return new VBox(title, plan);
  }

  private WrappingRow controls() {
    WrappingRow row = new WrappingRow(dataChoice(), runButtons());
    row.gapProperty().bind(Bindings.multiply(uiScale, GAP));
    row.getStyleClass().add("controls");
    return row;
  }

  private VBox dataChoice() {
    ToggleGroup data = new ToggleGroup();
    fullSet.setToggleGroup(data);
    quickRun.setToggleGroup(data);
    for (RadioButton option : List.of(fullSet, quickRun)) {
      option.setMnemonicParsing(false);
      option.setWrapText(true);
      option.setMinHeight(Region.USE_PREF_SIZE);
    }
    fullSet.setTooltip(new Tooltip(TR.tr("Train on every training image, as the tutorial does")));
    quickRun.setTooltip(new Tooltip()); // says how many images: the controller knows
    VBox choice = new VBox(fullSet, quickRun);
    choice.getStyleClass().add("data-choice");
    return choice;
  }

  private FlowPane runButtons() {
    start.getStyleClass().add("start-button");
    start.setTooltip(
        new Tooltip(TR.tr("Build a new network from the Network place and train it (Ctrl+Enter)")));
    pause.setTooltip(new Tooltip(TR.tr("Pause or resume the run (Space); Predict keeps working")));
    stop.setTooltip(
        new Tooltip(TR.tr("Stop after the current batch; finished epochs are kept (Esc)")));
    oneMore.setTooltip(
        new Tooltip(TR.tr("Train the current network one more epoch, without starting afresh")));
    // A flow, so the buttons wrap in a narrow column rather than run off its edge.
    FlowPane buttons = new FlowPane(start, pause, stop, oneMore);
    buttons.setPrefWrapLength(WIDE_FLOW);
    buttons.getStyleClass().add("run-buttons");
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Button button : List.of(start, pause, stop, oneMore)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    return buttons;
  }

  private Label banner() {
    banner.getStyleClass().add("banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setMinHeight(Region.USE_PREF_SIZE); // wrap rather than cut the sentence off
    banner.managedProperty().bind(banner.visibleProperty());
    return banner;
  }

  private WrappingRow status() {
    WrappingRow row = new WrappingRow(progress, tiles);
    row.gapProperty().bind(Bindings.multiply(uiScale, GAP));
    row.getStyleClass().add("status-row");
    return row;
  }

  private FlowPane legend() {
    Line line = new Line(0, 0, 24, 0);
    line.setStroke(MetricChart.TRAINING_COLOUR);
    line.getStyleClass().add("legend-line");
    trainingLegend.setGraphic(line);
    Circle dot = new Circle(5, MetricChart.TEST_COLOUR);
    testLegend.setGraphic(dot);
    for (Label entry : List.of(trainingLegend, testLegend)) {
      entry.setWrapText(true); // in the narrow column beside the controls (arrangeSideBySide)
      entry.setMinHeight(Region.USE_PREF_SIZE);
    }
    FlowPane legend = new FlowPane(trainingLegend, testLegend);
    legend.setPrefWrapLength(WIDE_FLOW);
    legend.getStyleClass().add("legend");
    legend.setAlignment(Pos.CENTER);
    return legend;
  }
}
