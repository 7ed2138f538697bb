package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableDoubleValue;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The "Compare runs" tab of the Training place: the run list (multi-select), the overlaid curves of
 * the selected runs with their legend and a hover readout, the metric choice and the export and
 * delete buttons, and each selected run's answer for the drawing on the Predict pad. Layout only;
 * {@link CompareController} binds it.
 */
final class CompareView extends ScrollPane {
  private static final I18n TR = I18n.forPackageOf(CompareView.class);

  /** Help ▸ Keyboard Shortcuts: the mnemonics of the buttons below. */
  static final List<PlaceKey> MNEMONICS =
      List.of(
          new PlaceKey("Alt+U", TR.tr("Compare runs: choose the curve")),
          new PlaceKey("Alt+C", TR.tr("Compare runs: export CSV")),
          new PlaceKey("Alt+G", TR.tr("Compare runs: export PNG")),
          // The German button is "_Löschen…": its mnemonic is a bundle entry as its text is.
          new PlaceKey(
              TR.tr("Alt+D"), TR.tr("Compare runs: delete the selected runs (asks first)")));

  private static final double BASE_FONT = 13; // the root font at 100 % (tokens-*.css)

  /** Narrower than this many em, the chart goes under the list rather than beside it. */
  private static final double STACK_BELOW_EM = 62;

  final ComboBox<CompareMetric> metric = new ComboBox<>();
  final Button delete = Icons.on(new Button(TR.tr("_Delete…")), MaterialDesignD.DELETE_OUTLINE);
  final Button exportCsv =
      Icons.on(new Button(TR.tr("Export _CSV…")), MaterialDesignF.FILE_DELIMITED_OUTLINE);
  final Button exportPng =
      Icons.on(new Button(TR.tr("Export PN_G…")), MaterialDesignF.FILE_IMAGE_OUTLINE);
  final Label message = new Label();
  final TableView<RunRow> table = new TableView<>();
  final OverlayChart chart;
  final VBox legend = new VBox();
  final Label readout = new Label();
  final Label answersTitle = new Label(TR.tr("Each run's answer for the drawing on Predict"));
  final FlowPane answers = new FlowPane();
  final VBox chartColumn;

  private final VBox content = new VBox();
  private final FlowPane toolbar;
  private final ObservableDoubleValue uiScale;
  private Boolean stacked;

  CompareView(ObservableDoubleValue uiScale) {
    this.uiScale = uiScale;
    content.getStyleClass().add("compare-view");
    chart = new OverlayChart(uiScale);
    chartColumn = new VBox(chart, legend, readout);
    chartColumn.getStyleClass().add("compare-chart-column");
    VBox.setVgrow(chart, Priority.ALWAYS);
    HBox.setHgrow(chartColumn, Priority.ALWAYS);
    buildTable();
    answersTitle.getStyleClass().add("compare-answers-title");
    answers.getStyleClass().add("compare-answers");
    answers.setPrefWrapLength(TrainingView.WIDE_FLOW);
    legend.getStyleClass().add("compare-legend");
    readout.getStyleClass().add("compare-readout");
    readout.setMinHeight(Region.USE_PREF_SIZE);
    message.getStyleClass().add("compare-message");
    message.setWrapText(true);
    toolbar = toolbar();
    setContent(content);
    setFitToWidth(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    setFocusTraversable(false);
    getStyleClass().add("compare-scroll");
    // Fill the height offered, never below the content's minimum: then it scrolls (as the place).
    // Stacked (narrow), every part keeps its preferred height and the column scrolls.
    viewportBoundsProperty()
        .addListener(
            (obs, old, bounds) ->
                content.setPrefHeight(
                    Boolean.TRUE.equals(stacked) ? Region.USE_COMPUTED_SIZE : bounds.getHeight()));
    widthProperty().addListener(observable -> arrange());
    uiScale.addListener(observable -> arrange());
    arrange();
  }

  /**
   * The chart beside the list (the list and the answers share the left), or, in a narrow place
   * (projector mode, the side-by-side Training layout), everything in one column with the table's
   * columns at their natural width, so nothing is cut to "…".
   */
  private void arrange() {
    double em = BASE_FONT * uiScale.get();
    boolean nowStacked = getWidth() > 0 && getWidth() / em < STACK_BELOW_EM;
    if (stacked != null && stacked == nowStacked) {
      return;
    }
    stacked = nowStacked;
    if (nowStacked) {
      table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
      table.getColumns().forEach(column -> column.setPrefWidth(shareOf(column) * uiScale.get()));
      chart.setMinHeight(16 * em);
      chart.setPrefHeight(22 * em);
      chartColumn.prefWidthProperty().unbind();
      chartColumn.setPrefWidth(Region.USE_COMPUTED_SIZE);
      chartColumn.setMinWidth(Region.USE_COMPUTED_SIZE);
      content.setPrefHeight(Region.USE_COMPUTED_SIZE);
      content.getChildren().setAll(toolbar, table, chartColumn, answersTitle, answers);
      return;
    }
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table.getColumns().forEach(column -> column.setPrefWidth(shareOf(column)));
    chart.setMinHeight(Region.USE_COMPUTED_SIZE);
    chart.setPrefHeight(Region.USE_COMPUTED_SIZE);
    content.setPrefHeight(getViewportBounds().getHeight());
    VBox left = new VBox(table, answersTitle, answers);
    left.getStyleClass().add("compare-left");
    VBox.setVgrow(table, Priority.ALWAYS);
    HBox.setHgrow(left, Priority.ALWAYS);
    HBox middle = new HBox(left, chartColumn);
    middle.getStyleClass().add("compare-middle");
    // Beside the list the chart takes over a third of the width: left to the HBox it got what
    // the table's columns left over, a quarter of the place, too small to read two curves.
    chartColumn.prefWidthProperty().bind(middle.widthProperty().multiply(CHART_SHARE));
    chartColumn.setMinWidth(Region.USE_PREF_SIZE);
    VBox.setVgrow(middle, Priority.ALWAYS);
    content.getChildren().setAll(toolbar, middle);
  }

  private static double shareOf(TableColumn<?, ?> column) {
    return (Double) column.getProperties().get(SHARE);
  }

  private static final String SHARE = "compare.share";
  private static final double CHART_SHARE = 0.36;

  private FlowPane toolbar() {
    Label metricLabel = new Label(TR.tr("C_urve:"));
    metricLabel.setLabelFor(metric);
    metricLabel.setMnemonicParsing(true);
    metric.getItems().setAll(CompareMetric.values());
    metric.setTooltip(new Tooltip(TR.tr("Which curve of each selected run the chart overlays")));
    delete.setTooltip(new Tooltip(TR.tr("Delete the selected runs from the history (Delete)")));
    exportCsv.setTooltip(
        new Tooltip(
            TR.tr("Save the shown curves as a CSV table: run, network, metric, epoch, value")));
    exportPng.setTooltip(new Tooltip(TR.tr("Save the chart as a PNG picture")));
    for (Button button : List.of(delete, exportCsv, exportPng)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    FlowPane bar = new FlowPane(metricLabel, metric, exportCsv, exportPng, delete, message);
    bar.setPrefWrapLength(TrainingView.WIDE_FLOW); // one row unless the place is narrow
    bar.getStyleClass().add("compare-toolbar");
    bar.setAlignment(Pos.CENTER_LEFT);
    return bar;
  }

  /**
   * How the run table works, the tooltip of its empty rows: a tooltip on the table itself would
   * hide each run's own (JavaFX shows the outer one).
   */
  static String tableHint() {
    return TR.tr("Every training run, also from earlier sessions.")
        + " "
        + TR.tr("Select several to compare (Ctrl/Shift+click, Space); Delete removes them");
  }

  private void buildTable() {
    table.getStyleClass().add("run-table");
    table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
    table.setPlaceholder(new Label(TR.tr("No runs yet: every run you train is listed here.")));
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_ALL_COLUMNS);
    table
        .getColumns()
        .setAll(
            List.of(
                column(TR.tr("Started"), RunRow::started, 95),
                column(TR.tr("Network"), RunRow::network, 140),
                column(TR.tr("Optimizer"), RunRow::optimizer, 85),
                column(TR.tr("Epochs"), RunRow::epochs, 80),
                column(TR.tr("Test acc."), RunRow::accuracy, 75),
                column(TR.tr("Time"), RunRow::time, 50),
                column(TR.tr("Images/s"), RunRow::speed, 70),
                column(TR.tr("Device"), RunRow::device, 55),
                column(TR.tr("Saved as"), RunRow::saved, 90)));
  }

  /** A column; {@code share} is its part of the table's width (the policy keeps the ratios). */
  private static TableColumn<RunRow, String> column(
      String title, Function<RunRow, String> cell, double share) {
    TableColumn<RunRow, String> column = new TableColumn<>(title);
    column.setPrefWidth(share);
    column.getProperties().put(SHARE, share);
    column.setCellValueFactory(row -> new ReadOnlyStringWrapper(cell.apply(row.getValue())));
    column.setSortable(false);
    return column;
  }
}
