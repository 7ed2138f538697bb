package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.OutputScale;
import dev.mnistexplorer.app.common.Palette;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.history.CurvesCsv;
import dev.mnistexplorer.core.history.RunCurve;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.inspect.ArgbImage;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.Tooltip;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Line;
import javafx.scene.transform.Transform;
import javafx.stage.FileChooser;

/**
 * Binds the "Compare runs" tab to the {@link RunHistoryModel}: the run list and its selection (both
 * ways, so a lesson's {@code compareLatestRuns} shows in the table), the overlaid curves and their
 * legend, the hover readout, the answers, and the buttons and keys (Space toggles a row, Delete
 * deletes after asking, exports through a file chooser).
 */
final class CompareController {
  private static final I18n TR = I18n.forPackageOf(CompareController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Space"), TR.tr("Compare runs: select or unselect the focused run")),
          new PlaceKey(TR.tr("Delete"), TR.tr("Compare runs: delete the selected runs")));

  private final RunHistoryModel model;
  private final CompareView view;
  private Predicate<String> confirmDelete = this::askBeforeDeleting;
  private boolean syncing;

  CompareController(RunHistoryModel model, CompareView view) {
    this.model = model;
    this.view = view;
    view.metric.valueProperty().bindBidirectional(model.metricProperty());
    view.message.textProperty().bind(model.messageProperty());
    view.chart.setPlaceholder(TR.tr("Select runs in the list to overlay their curves."));
    view.chart.hoveredProperty().addListener((obs, old, now) -> view.readout.setText(readout(now)));
    view.readout.setText(readout(null));
    model.runs().addListener((ListChangeListener<RunRecord>) change -> showRuns());
    model.selected().addListener((ListChangeListener<RunRecord>) change -> selectionChanged());
    model.metricProperty().addListener((obs, old, now) -> showCurves());
    model.answers().addListener((ListChangeListener<RunAnswer>) change -> showAnswers());
    view.table
        .getSelectionModel()
        .getSelectedItems()
        .addListener((ListChangeListener<RunRow>) change -> tableSelectionChanged());
    view.table.setRowFactory(table -> new DetailRow());
    view.table.addEventFilter(KeyEvent.KEY_PRESSED, this::onTableKey);
    view.delete.setOnAction(event -> deleteSelected());
    view.exportCsv.setOnAction(event -> exportCsv());
    view.exportPng.setOnAction(event -> exportPng());
    showRuns();
    selectionChanged();
    showAnswers();
  }

  /** How to confirm a delete (a dialog in the app; tests may answer themselves). */
  void setConfirmDelete(Predicate<String> confirm) {
    confirmDelete = confirm;
  }

  /** The colour of the run at {@code index} in the selection: Okabe–Ito, black left out. */
  static Color colour(int index) {
    return Palette.CATEGORIES[index % (Palette.CATEGORIES.length - 1)];
  }

  private void showRuns() {
    syncing = true;
    try {
      view.table
          .getItems()
          .setAll(model.runs().stream().map(run -> RunHistoryText.row(run, model.zone())).toList());
    } finally {
      syncing = false;
    }
    syncTableSelection();
  }

  private void selectionChanged() {
    syncTableSelection();
    showCurves();
    boolean none = model.selected().isEmpty();
    view.delete.setDisable(none);
    view.exportCsv.setDisable(none);
    view.exportPng.setDisable(none);
  }

  /** Makes the table select what the model selected (a lesson may select from outside). */
  private void syncTableSelection() {
    List<String> wanted = model.selected().stream().map(RunRecord::id).toList();
    List<String> shown = selectedIds();
    if (shown.size() == wanted.size() && shown.containsAll(wanted)) {
      return;
    }
    syncing = true;
    try {
      view.table.getSelectionModel().clearSelection();
      for (int i = 0; i < view.table.getItems().size(); i++) {
        if (wanted.contains(view.table.getItems().get(i).id())) {
          view.table.getSelectionModel().select(i);
        }
      }
    } finally {
      syncing = false;
    }
  }

  private void tableSelectionChanged() {
    if (!syncing) {
      model.select(selectedIds());
    }
  }

  private List<String> selectedIds() {
    return view.table.getSelectionModel().getSelectedItems().stream()
        .filter(row -> row != null)
        .map(RunRow::id)
        .toList();
  }

  private void showCurves() {
    CompareMetric metric = model.metricProperty().get();
    List<CurvesCsv.Series> curves = model.shownCurves();
    List<OverlayChart.Series> series = new ArrayList<>();
    view.legend.getChildren().clear();
    for (int i = 0; i < curves.size(); i++) {
      RunCurve curve = curves.get(i).curve();
      Color colour = colour(i);
      series.add(
          new OverlayChart.Series(
              curves.get(i).run(), colour, curve.x(), curve.y(), metric.perEpoch()));
      Line swatch = new Line(0, 0, 24, 0);
      swatch.setStroke(colour);
      swatch.getStyleClass().add("legend-line");
      Label entry = new Label(curves.get(i).run(), swatch);
      entry.setWrapText(true); // a long network name wraps rather than ends in "…"
      entry.setMinHeight(Region.USE_PREF_SIZE);
      view.legend.getChildren().add(entry);
    }
    view.chart.setTitle(metric.title(), metric.kind());
    view.chart.setSeries(series);
  }

  private void showAnswers() {
    view.answers.getChildren().clear();
    for (RunAnswer answer : model.answers()) {
      RunBars bars = new RunBars();
      bars.show(answer.name(), colour(answer.colour()), answer.probabilities(), answer.note());
      view.answers.getChildren().add(bars);
    }
    view.answersTitle.setVisible(!model.answers().isEmpty());
    view.answersTitle.setManaged(!model.answers().isEmpty());
  }

  private static String readout(OverlayChart.Hovered hovered) {
    return hovered == null
        ? TR.tr("Point at a curve to read its epoch and value.")
        : RunHistoryText.readout(hovered.series(), hovered.x(), hovered.y());
  }

  private void onTableKey(KeyEvent event) {
    if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
      int focused = view.table.getFocusModel().getFocusedIndex();
      if (focused >= 0) {
        if (view.table.getSelectionModel().isSelected(focused)) {
          view.table.getSelectionModel().clearSelection(focused);
        } else {
          view.table.getSelectionModel().select(focused);
        }
        event.consume();
      }
    } else if (event.getCode() == KeyCode.DELETE) {
      deleteSelected();
      event.consume();
    }
  }

  private void deleteSelected() {
    List<String> ids = model.selected().stream().map(RunRecord::id).toList();
    if (ids.isEmpty()) {
      return;
    }
    String question =
        ids.size() == 1
            ? TR.tr("Delete this run from the history?")
            : TR.format("Delete these %,d runs from the history?", ids.size());
    if (confirmDelete.test(question)) {
      model.delete(ids);
    }
  }

  private boolean askBeforeDeleting(String question) {
    ButtonType delete = new ButtonType(TR.tr("Delete runs"), ButtonBar.ButtonData.OK_DONE);
    Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, delete, ButtonType.CANCEL);
    alert.setHeaderText(null);
    alert.setTitle(TR.tr("Delete runs"));
    alert.initOwner(view.getScene() == null ? null : view.getScene().getWindow());
    Optional<ButtonType> answer = alert.showAndWait();
    return answer.isPresent() && answer.get() == delete;
  }

  private void exportCsv() {
    File file = choose(TR.tr("Export curves as CSV"), TR.tr("CSV table"), "*.csv", "curves.csv");
    if (file != null) {
      model.exportCsv(file.toPath()); // the model's message says how it went
    }
  }

  private void exportPng() {
    File file = choose(TR.tr("Export chart as PNG"), TR.tr("PNG picture"), "*.png", "curves.png");
    if (file != null) {
      model.exportPng(picture(), file.toPath());
    }
  }

  /** The chart, its legend and readout as the screen shows them, as ARGB pixels. */
  ArgbImage picture() {
    return pictureOf(view.chartColumn);
  }

  /**
   * A node as the screen shows it, as ARGB pixels (FX thread), at the window's output scale: on a
   * 200 % desktop the PNG has the screen's device pixels, as crisp as the chart looks, rather than
   * half as many blown up.
   */
  static ArgbImage pictureOf(Node node) {
    return pictureOf(node, OutputScale.of(node));
  }

  /** A node as ARGB pixels, {@code scale} device pixels per layout pixel (FX thread). */
  static ArgbImage pictureOf(Node node, double scale) {
    SnapshotParameters parameters = new SnapshotParameters();
    parameters.setTransform(Transform.scale(scale, scale));
    WritableImage image = node.snapshot(parameters, null);
    int width = (int) image.getWidth();
    int height = (int) image.getHeight();
    int[] pixels = new int[width * height];
    image
        .getPixelReader()
        .getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
    return new ArgbImage(width, height, pixels);
  }

  private File choose(String title, String kind, String pattern, String name) {
    FileChooser chooser = new FileChooser();
    chooser.setTitle(title);
    chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
    chooser.setInitialFileName(name);
    return chooser.showSaveDialog(view.getScene() == null ? null : view.getScene().getWindow());
  }

  /** A row whose tooltip tells everything the run kept (an empty row: how the table works). */
  private final class DetailRow extends TableRow<RunRow> {
    @Override
    protected void updateItem(RunRow row, boolean empty) {
      super.updateItem(row, empty);
      RunRecord run =
          empty || row == null
              ? null
              : model.runs().stream().filter(r -> r.id().equals(row.id())).findFirst().orElse(null);
      setTooltip(new Tooltip(run == null ? CompareView.tableHint() : RunHistoryText.details(run)));
      setAccessibleText(run == null ? null : RunHistoryText.spoken(row));
    }
  }
}
