package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.data.Dataset;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import javafx.beans.binding.Bindings;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Toggle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.DirectoryChooser;
import javafx.util.StringConverter;

/**
 * Binds the Dataset view to its two models: the toolbar and grid to the browsing model, the detail
 * and statistics to its selection and class statistics, the dataset menu and notices to the source
 * model. Folder choosers are opened here, the one place that knows about windows.
 */
final class DatasetController {
  private static final I18n TR = I18n.forPackageOf(DatasetController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey(TR.tr("Plus / Minus"), TR.tr("zoom the digit grid in or out")));

  private static final double ZOOM_STEP = 0.25;

  private final AppContext context;
  private final DatasetModel model;
  private final DatasetSourceModel source;
  private final DatasetView view;

  DatasetController(
      AppContext context, DatasetModel model, DatasetSourceModel source, DatasetView view) {
    this.context = context;
    this.model = model;
    this.source = source;
    this.view = view;
    bindDatasetMenu();
    bindBrowsing();
    new DetailBinder(model, view, context.state().uiScaleProperty()).bind();
    bindNotices();
    context.state().datasetProperty().addListener((obs, old, now) -> datasetChanged(now));
    datasetChanged(context.state().datasetProperty().get());
  }

  private void bindDatasetMenu() {
    DatasetToolbar bar = view.toolbar;
    bar.datasetMenu.disableProperty().bind(source.busyProperty().or(source.downloadingProperty()));
    bar.mnist.setOnAction(event -> source.chooseMnist());
    bar.fashion.setOnAction(event -> source.chooseFashionMnist());
    bar.importFashion.setOnAction(
        event ->
            chooseFolder(
                TR.tr("Choose a folder holding Fashion-MNIST (four IDX files)"),
                source::importFashionMnist));
    bar.downloadFashion.setOnAction(event -> source.downloadFashionMnist());
    bar.openFolder.setOnAction(
        event -> chooseFolder(TR.tr("Choose a folder holding four IDX files"), source::openFolder));
  }

  private void bindBrowsing() {
    DatasetToolbar bar = view.toolbar;
    bar.train.setSelected(model.splitProperty().get() == Split.TRAIN);
    bar.test.setSelected(model.splitProperty().get() == Split.TEST);
    bar.train.getToggleGroup().selectedToggleProperty().addListener(this::splitToggled);
    model.splitProperty().addListener((obs, old, now) -> showSplit(now));
    bar.label.valueProperty().addListener((obs, old, now) -> labelChosen(now));
    model.labelFilterProperty().addListener((obs, old, now) -> bar.label.setValue(now.intValue()));
    bar.jump.setOnAction(event -> jump());
    view.jumpMessage.textProperty().bind(model.jumpMessageProperty());
    view.jumpMessage.visibleProperty().bind(model.jumpMessageProperty().isNotEmpty());
    view.grid.digitsProperty().bind(model.visibleProperty());
    view.grid.selectedPositionProperty().bindBidirectional(model.selectedPositionProperty());
    view.grid.uiScaleProperty().bind(context.state().uiScaleProperty());
    view.grid.zoomProperty().bindBidirectional(bar.zoom.valueProperty());
    bar.count
        .textProperty()
        .bind(Bindings.createStringBinding(this::countText, model.visibleProperty()));
    view.grid.summaryProperty().bind(bar.count.textProperty());
    view.addEventFilter(KeyEvent.KEY_PRESSED, this::zoomKeys);
  }

  private void bindNotices() {
    view.notice.textProperty().bind(source.messageProperty());
    view.noticeBar.visibleProperty().bind(source.messageProperty().isNotEmpty());
    source.errorProperty().addListener((obs, old, now) -> markError(now));
    view.download.visibleProperty().bind(source.offerDownloadProperty());
    view.importFolder.visibleProperty().bind(source.offerDownloadProperty());
    view.download.setOnAction(event -> source.downloadFashionMnist());
    view.importFolder.setOnAction(
        event ->
            chooseFolder(
                TR.tr("Choose a folder holding Fashion-MNIST (four IDX files)"),
                source::importFashionMnist));
    view.dismiss.setOnAction(event -> source.dismissMessage());
    view.downloadBar.visibleProperty().bind(source.downloadingProperty());
    view.downloadProgress.progressProperty().bind(source.downloadProgressProperty());
    view.downloadText.textProperty().bind(source.downloadTextProperty());
    view.cancelDownload.setOnAction(event -> source.cancel());
    view.loading.visibleProperty().bind(context.state().datasetProperty().isNull());
  }

  private void markError(boolean error) {
    view.noticeBar.getStyleClass().remove("error");
    if (error) {
      view.noticeBar.getStyleClass().add("error");
    }
  }

  /** New class names for the label choice, split sizes on the split buttons, the menu's title. */
  private void datasetChanged(Dataset dataset) {
    DatasetToolbar bar = view.toolbar;
    bar.datasetMenu.setText(DatasetText.menuTitle(dataset));
    List<String> names = dataset == null ? List.of() : dataset.classNames();
    bar.label.setConverter(labelConverter(names));
    bar.label.getItems().setAll(IntStream.range(-1, names.size()).boxed().toList());
    bar.label.setValue(model.labelFilterProperty().get());
    bar.train.setText(DatasetText.splitButton(Split.TRAIN, dataset));
    bar.test.setText(DatasetText.splitButton(Split.TEST, dataset));
  }

  static StringConverter<Integer> labelConverter(List<String> names) {
    return new StringConverter<>() {
      @Override
      public String toString(Integer label) {
        return DatasetText.labelChoice(names, label);
      }

      @Override
      public Integer fromString(String text) {
        return names.indexOf(text);
      }
    };
  }

  private void splitToggled(
      javafx.beans.value.ObservableValue<? extends Toggle> obs, Toggle old, Toggle now) {
    if (now == null) {
      old.setSelected(true); // one split is always shown
      return;
    }
    model.splitProperty().set(now == view.toolbar.train ? Split.TRAIN : Split.TEST);
  }

  private void showSplit(Split split) {
    (split == Split.TRAIN ? view.toolbar.train : view.toolbar.test).setSelected(true);
  }

  private void labelChosen(Integer label) {
    if (label != null) {
      model.filterBy(label);
    }
  }

  private void jump() {
    if (model.jumpTo(view.toolbar.jump.getText())) {
      view.grid.requestFocus();
    }
  }

  private String countText() {
    VisibleDigits digits = model.visibleProperty().get();
    if (digits == null) {
      return "";
    }
    return DatasetText.count(digits.count(), digits.images().count(), model.splitProperty().get());
  }

  /**
   * Plus and Minus zoom the grid; Ctrl+Plus and Ctrl+Minus are View ▸ Zoom's, for the whole window.
   * A text field (Go to #) keeps its keys.
   */
  private void zoomKeys(KeyEvent event) {
    if (event.isShortcutDown()
        || event.isAltDown()
        || event.getTarget() instanceof TextInputControl) {
      return;
    }
    KeyCode code = event.getCode();
    double step =
        switch (code) {
          case PLUS, EQUALS, ADD -> ZOOM_STEP;
          case MINUS, SUBTRACT -> -ZOOM_STEP;
          default -> 0;
        };
    if (step != 0) {
      view.toolbar.zoom.setValue(view.toolbar.zoom.getValue() + step);
      event.consume();
    }
  }

  private void chooseFolder(String title, Consumer<Path> action) {
    DirectoryChooser chooser = new DirectoryChooser();
    chooser.setTitle(title);
    File shared = new File("/usr/share/datasets");
    chooser.setInitialDirectory(
        shared.isDirectory() ? shared : new File(System.getProperty("user.home")));
    File folder = chooser.showDialog(view.getScene() == null ? null : view.getScene().getWindow());
    if (folder != null) {
      action.accept(folder.toPath());
    }
  }
}
