package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.UiNumbers;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableDoubleValue;
import javafx.beans.value.ObservableStringValue;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;

/**
 * The Training place's layout: what will be trained and on which images, the run buttons, a banner
 * with the outcome, progress (epoch and overall, time left, speed, device), the latest numbers as
 * large tiles, and live loss and accuracy charts. Binds to a {@link TrainingModel}; the buttons'
 * actions are wired by {@link TrainingFeature}.
 */
final class TrainingView extends VBox {
  private static final PseudoClass SUCCESS = PseudoClass.getPseudoClass("success");
  private static final PseudoClass ERROR = PseudoClass.getPseudoClass("error");
  private static final double GAP = 12; // px at 100 %, scaled like the fonts
  private static final PseudoClass SIDE = PseudoClass.getPseudoClass("side");
  private static final double BASE_FONT = 13; // the root font at 100 % (tokens-*.css)

  /** Shorter than this many lines of text, the charts move beside the controls. */
  private static final double SIDE_BELOW_EM = 34;

  /** A flow's natural width: one row (it wraps only when given less). */
  private static final double WIDE_FLOW = 4000;

  final Button start = new Button("_Start training");
  final Button pause = new Button("_Pause");
  final Button stop = new Button("S_top");
  final Button oneMore = new Button("One _more epoch");
  final RadioButton fullSet = new RadioButton();
  final RadioButton quickRun = new RadioButton();
  final Label banner = new Label();
  final Label testAccuracy = new Label();
  final MetricChart lossChart;
  final MetricChart accuracyChart;
  private final List<Region> parts;
  private final FlowPane legend;
  private final ObservableDoubleValue uiScale;
  private Boolean side;

  TrainingView(TrainingModel model, SharedState state) {
    getStyleClass().add("training-view");
    getStylesheets().add(getClass().getResource("training.css").toExternalForm());
    lossChart =
        new MetricChart(
            "Loss: lower is better",
            model.curves().trainLoss(),
            model.curves().testLoss(),
            true,
            2.5,
            model.progress(),
            state.uiScaleProperty());
    accuracyChart =
        new MetricChart(
            "Accuracy %: higher is better",
            model.curves().trainAccuracy(),
            model.curves().testAccuracy(),
            false,
            100,
            model.progress(),
            state.uiScaleProperty());
    Tooltip.install(
        accuracyChart,
        new Tooltip(
            "Each training point is the accuracy on the batches since the previous point,"
                + " the same batches as the training loss"));
    HBox.setHgrow(lossChart, Priority.ALWAYS);
    HBox.setHgrow(accuracyChart, Priority.ALWAYS);
    VBox.setVgrow(lossChart, Priority.ALWAYS);
    VBox.setVgrow(accuracyChart, Priority.ALWAYS);
    parts = List.of(header(model), controls(model, state), banner(model), status(model, state));
    legend = legend(model.progress());
    heightProperty().addListener(observable -> arrange());
    prefHeightProperty().addListener(observable -> arrange());
    widthProperty().addListener(observable -> arrange());
    uiScale = state.uiScaleProperty();
    uiScale.addListener(observable -> arrange());
    arrange();
  }

  /**
   * Everything in one column with the charts side by side at the bottom; or, when the window is
   * short for the font (projector mode on a 1280×720 screen), the controls and progress in a
   * scrolling column on the left and the charts stacked on the right, so the curves are always on
   * screen.
   */
  private void arrange() {
    double em = BASE_FONT * uiScale.get();
    // The height the window shows: the scroll pane around sets it as the preferred height.
    double shown = getPrefHeight() > 0 ? getPrefHeight() : getHeight();
    boolean nowSide = shown > 0 && shown / em < SIDE_BELOW_EM;
    if (side != null && side == nowSide) {
      return;
    }
    side = nowSide;
    pseudoClassStateChanged(SIDE, nowSide);
    if (nowSide) {
      VBox left = new VBox();
      left.getStyleClass().add("side-column");
      left.getChildren().setAll(parts);
      ScrollPane scroll = new ScrollPane(left);
      scroll.setFitToWidth(true);
      scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
      scroll.getStyleClass().add("side-scroll");
      VBox charts = new VBox(lossChart, accuracyChart, legend);
      charts.getStyleClass().add("charts");
      HBox.setHgrow(charts, Priority.ALWAYS);
      HBox row = new HBox(scroll, charts);
      row.getStyleClass().add("side-row");
      VBox.setVgrow(row, Priority.ALWAYS);
      getChildren().setAll(row);
    } else {
      HBox charts = new HBox(lossChart, accuracyChart);
      charts.getStyleClass().add("charts");
      VBox.setVgrow(charts, Priority.ALWAYS);
      getChildren().setAll(parts);
      getChildren().addAll(charts, legend);
    }
  }

  private VBox header(TrainingModel model) {
    Label title = new Label("Train the network");
    title.getStyleClass().add("title");
    Label plan = new Label();
    plan.textProperty().bind(model.planProperty());
    plan.getStyleClass().add("plan");
    // In the narrow side column (projector mode, short window) these wrap rather than end in "…".
    for (Label text : List.of(title, plan)) {
      text.setWrapText(true);
      text.setMinHeight(Region.USE_PREF_SIZE);
    }
    plan.setTooltip(new Tooltip("Change the layers and training settings in Network (Ctrl+2)"));
    return new VBox(title, plan);
  }

  private WrappingRow controls(TrainingModel model, SharedState state) {
    ToggleGroup data = new ToggleGroup();
    fullSet.setToggleGroup(data);
    quickRun.setToggleGroup(data);
    fullSet.setMnemonicParsing(false);
    for (RadioButton option : List.of(fullSet, quickRun)) {
      option.setWrapText(true);
      option.setMinHeight(Region.USE_PREF_SIZE);
    }
    quickRun.setMnemonicParsing(false);
    fullSet
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> TrainingText.fullSetChoice(state.datasetProperty().get()),
                state.datasetProperty()));
    quickRun
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TrainingText.quickRunChoice(
                        state.datasetProperty().get(), TrainingModel.QUICK_RUN_IMAGES),
                state.datasetProperty()));
    fullSet.setTooltip(new Tooltip("Train on every training image, as the tutorial does"));
    quickRun.setTooltip(
        new Tooltip(
            "Train on the first "
                + TrainingText.count(TrainingModel.QUICK_RUN_IMAGES)
                + " images only: a demo in seconds (the test set stays complete)"));
    (model.quickRunProperty().get() ? quickRun : fullSet).setSelected(true);
    data.selectedToggleProperty()
        .addListener((obs, old, now) -> model.quickRunProperty().set(now == quickRun));
    fullSet.disableProperty().bind(model.canStopProperty());
    quickRun.disableProperty().bind(model.canStopProperty());
    VBox choice = new VBox(fullSet, quickRun);
    choice.getStyleClass().add("data-choice");

    start.getStyleClass().add("start-button");
    start.setTooltip(
        new Tooltip("Build a new network from the Network place and train it (Ctrl+Enter)"));
    start.disableProperty().bind(model.canStartProperty().not());
    pause
        .textProperty()
        .bind(
            Bindings.when(model.phaseProperty().isEqualTo(RunPhase.PAUSED))
                .then("_Resume")
                .otherwise("_Pause"));
    pause.setTooltip(new Tooltip("Pause or resume the run (Space); Predict keeps working"));
    pause.disableProperty().bind(model.canPauseProperty().not());
    stop.setTooltip(new Tooltip("Stop after the current batch; finished epochs are kept (Esc)"));
    stop.disableProperty().bind(model.canStopProperty().not());
    oneMore.setTooltip(
        new Tooltip("Train the current network one more epoch, without starting afresh"));
    oneMore.disableProperty().bind(model.canOneMoreEpochProperty().not());
    // A flow, so the buttons wrap in a narrow column rather than run off its edge.
    FlowPane buttons = new FlowPane(start, pause, stop, oneMore);
    buttons.setPrefWrapLength(WIDE_FLOW);
    buttons.getStyleClass().add("run-buttons");
    buttons.setAlignment(Pos.CENTER_LEFT);
    for (Button button : List.of(start, pause, stop, oneMore)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    WrappingRow row = new WrappingRow(choice, buttons);
    row.gapProperty().bind(state.uiScaleProperty().multiply(GAP));
    row.getStyleClass().add("controls");
    return row;
  }

  private Label banner(TrainingModel model) {
    banner.getStyleClass().add("banner");
    banner.setWrapText(true);
    banner.setMaxWidth(Double.MAX_VALUE);
    banner.setMinHeight(Region.USE_PREF_SIZE); // wrap rather than cut the sentence off
    banner.textProperty().bind(model.banner().textProperty());
    banner.visibleProperty().bind(model.banner().kindProperty().isNotEqualTo(BannerKind.NONE));
    banner.managedProperty().bind(banner.visibleProperty());
    model
        .banner()
        .kindProperty()
        .addListener(
            (obs, old, kind) -> {
              banner.pseudoClassStateChanged(SUCCESS, kind == BannerKind.SUCCESS);
              banner.pseudoClassStateChanged(ERROR, kind == BannerKind.ERROR);
            });
    return banner;
  }

  private WrappingRow status(TrainingModel model, SharedState state) {
    RunProgress progress = model.progress();
    Label epoch = new Label();
    epoch.textProperty().bind(progress.epochTextProperty());
    ProgressBar epochBar = bar(progress.epochFractionProperty(), "How far the current epoch is");
    Label overallLabel = new Label("Overall");
    ProgressBar overallBar = bar(progress.overallProperty(), "How far the whole run is");
    Label percent = new Label();
    percent
        .textProperty()
        .bind(
            Bindings.format(UiNumbers.LOCALE, "%.0f %%", progress.overallProperty().multiply(100)));
    Label details = new Label();
    details.getStyleClass().add("muted");
    details
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TrainingText.joined(
                        progress.timeTextProperty().get(),
                        progress.speedTextProperty().get(),
                        progress.imagesTextProperty().get(),
                        "Device: " + state.deviceProperty().get()),
                progress.timeTextProperty(),
                progress.speedTextProperty(),
                progress.imagesTextProperty(),
                state.deviceProperty()));
    GridPane grid = new GridPane();
    grid.getStyleClass().add("progress-grid");
    grid.addRow(0, epoch, epochBar);
    grid.addRow(1, overallLabel, overallBar, percent);
    grid.add(details, 0, 2, 3, 1);
    GridPane.setHgrow(epochBar, Priority.ALWAYS);
    GridPane.setHgrow(overallBar, Priority.ALWAYS);

    testAccuracy.textProperty().bind(progress.testAccuracyTextProperty());
    FlowPane tiles =
        new FlowPane(
            tile(
                "Test accuracy",
                testAccuracy,
                "Share of the test images the network reads correctly"),
            tile(
                "Test loss",
                bound(progress.testLossTextProperty()),
                "Loss on the test images after the latest epoch"),
            tile(
                "Training loss",
                bound(progress.trainLossTextProperty()),
                "Loss on the latest training batches"));
    tiles.setPrefWrapLength(WIDE_FLOW);
    tiles.getStyleClass().add("tiles");
    WrappingRow row = new WrappingRow(grid, tiles);
    row.gapProperty().bind(state.uiScaleProperty().multiply(GAP));
    row.getStyleClass().add("status-row");
    return row;
  }

  private static ProgressBar bar(ObservableDoubleValue value, String tip) {
    ProgressBar bar = new ProgressBar();
    bar.progressProperty().bind(value);
    bar.setMaxWidth(Double.MAX_VALUE);
    bar.setTooltip(new Tooltip(tip));
    return bar;
  }

  private static Label bound(ObservableStringValue text) {
    Label label = new Label();
    label.textProperty().bind(text);
    return label;
  }

  private static VBox tile(String caption, Label value, String tip) {
    Label name = new Label(caption);
    name.getStyleClass().add("tile-caption");
    value.getStyleClass().add("tile-value");
    VBox tile = new VBox(name, value);
    tile.getStyleClass().add("tile");
    Tooltip.install(tile, new Tooltip(tip));
    return tile;
  }

  private FlowPane legend(RunProgress progress) {
    Line line = new Line(0, 0, 24, 0);
    line.setStroke(MetricChart.TRAINING_COLOUR);
    line.getStyleClass().add("legend-line");
    Circle dot = new Circle(5, MetricChart.TEST_COLOUR);
    Label training = new Label("", line);
    training.textProperty().bind(progress.trainingWindowTextProperty());
    Label test = new Label("Test images (after each epoch)", dot);
    FlowPane legend = new FlowPane(training, test);
    legend.setPrefWrapLength(WIDE_FLOW);
    legend.getStyleClass().add("legend");
    legend.setAlignment(Pos.CENTER);
    return legend;
  }
}
