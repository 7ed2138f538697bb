package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.ColumnScroll;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/**
 * The Dataset place's layout: the toolbar and notices on top, the digit grid beside the selected
 * digit's detail, and the split's class counts and mean images below; "Loading MNIST…" covers it
 * while no dataset is there. Layout and styling only; {@link DatasetController} binds it.
 */
final class DatasetView extends BorderPane {
  private static final I18n TR = I18n.forPackageOf(DatasetView.class);

  /** The most of the place's height the opened statistics take. */
  private static final double STATISTICS_SHARE = 0.4;

  final DatasetToolbar toolbar = new DatasetToolbar();
  final Label notice = new Label();
  final Button download =
      Icons.on(new Button(TR.tr("_Download (about 30 MB)")), MaterialDesignD.DOWNLOAD);
  final Button importFolder =
      Icons.on(new Button(TR.tr("_Import folder…")), MaterialDesignF.FOLDER_OPEN);
  final Button dismiss = new Button(TR.tr("Dismiss"));
  final HBox noticeBar = new HBox();
  final ProgressBar downloadProgress = new ProgressBar(0);
  final Label downloadText = new Label();
  final Button cancelDownload = Icons.on(new Button(TR.tr("_Cancel")), MaterialDesignC.CANCEL);
  final HBox downloadBar = new HBox();
  final Label jumpMessage = new Label();
  final DatasetGrid grid = new DatasetGrid();
  final SelectedDigitPanel detail = new SelectedDigitPanel();
  final TitledPane statistics = new TitledPane();
  final ClassCountBars bars = new ClassCountBars();
  final ClassMeans means = new ClassMeans();
  final VBox loading = new VBox();
  final MyDigitsBar myDigits = new MyDigitsBar();
  final Label emptyMyDigitsText = new Label();
  final VBox emptyMyDigits = new VBox(emptyMyDigitsText);

  DatasetView() {
    getStyleClass().add("dataset-view");
    // Never wider than the place it is given: at 200 % the rows wrap instead of being cut off.
    setMinSize(0, 0);
    getStylesheets().add(getClass().getResource("dataset.css").toExternalForm());
    setTop(new VBox(toolbar, noticeBar(), downloadBar(), jumpMessage, myDigits));
    jumpMessage.getStyleClass().add("error-text");
    jumpMessage.managedProperty().bind(jumpMessage.visibleProperty());
    // A detail taller than the room (projector mode, a small screen) scrolls rather than losing
    // its title above and its buttons below.
    ColumnScroll detailScroll = new ColumnScroll(detail);
    detailScroll.setFitToHeight(true);
    detailScroll.getStyleClass().add("detail-scroll");
    SplitPane split = new SplitPane(grid, detailScroll);
    split.setOrientation(Orientation.HORIZONTAL);
    split.setDividerPositions(0.47);
    split.getStyleClass().add("dataset-split");
    split.setMinSize(0, 0);
    grid.setMinSize(0, 0);
    SplitPane.setResizableWithParent(detailScroll, false);
    StackPane centre = new StackPane(split, emptyMyDigits(), loading());
    // A detail taller than the room left must not paint over the toolbar.
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(centre.widthProperty());
    clip.heightProperty().bind(centre.heightProperty());
    centre.setClip(clip);
    setCenter(centre);
    setBottom(statistics());
  }

  private HBox noticeBar() {
    notice.setWrapText(true);
    notice.getStyleClass().add("notice-text");
    HBox.setHgrow(notice, Priority.ALWAYS);
    notice.setMaxWidth(Double.MAX_VALUE);
    dismiss.setTooltip(new Tooltip(TR.tr("Hide this message")));
    noticeBar.getChildren().addAll(notice, download, importFolder, dismiss);
    for (Button button : List.of(download, importFolder, dismiss, cancelDownload)) {
      button.setMinWidth(Region.USE_PREF_SIZE);
    }
    noticeBar.getStyleClass().add("notice-bar");
    noticeBar.managedProperty().bind(noticeBar.visibleProperty());
    download.managedProperty().bind(download.visibleProperty());
    importFolder.managedProperty().bind(importFolder.visibleProperty());
    return noticeBar;
  }

  private HBox downloadBar() {
    downloadProgress.getStyleClass().add("download-progress");
    cancelDownload.setTooltip(new Tooltip(TR.tr("Stop the download; completed files are kept")));
    downloadBar.getChildren().addAll(downloadProgress, downloadText, cancelDownload);
    downloadBar.getStyleClass().add("download-bar");
    downloadBar.managedProperty().bind(downloadBar.visibleProperty());
    return downloadBar;
  }

  /** Covers the empty grid of an empty personal set with how to fill it. */
  private VBox emptyMyDigits() {
    emptyMyDigitsText.setWrapText(true);
    emptyMyDigitsText.getStyleClass().add("empty-my-digits-text");
    emptyMyDigits.getStyleClass().add("empty-my-digits");
    emptyMyDigits.setVisible(false);
    return emptyMyDigits;
  }

  private VBox loading() {
    Label text = new Label(TR.tr("Loading MNIST…"));
    text.getStyleClass().add("loading-text");
    loading.getChildren().addAll(new ProgressIndicator(-1), text);
    loading.getStyleClass().add("loading");
    return loading;
  }

  /** Collapsible, so a projector at 200 % can give its height to the grid and the detail. */
  private TitledPane statistics() {
    HBox.setHgrow(bars, Priority.ALWAYS);
    HBox row = new HBox(bars, means);
    row.getStyleClass().add("statistics-row");
    means.setPrefColumns(10);
    statistics.setContent(statisticsScroll(row));
    statistics.setMinWidth(0); // its skin would otherwise insist on the whole title's width
    statistics.getStyleClass().add("statistics");
    statistics.setTooltip(new Tooltip(TR.tr("Press to hide or show the class statistics")));
    return statistics;
  }

  /**
   * At most {@link #STATISTICS_SHARE} of the place's height, scrolling inside: opened at 200 % on a
   * small screen it took all the height, and the grid and the detail were drawn over the toolbar.
   */
  private ScrollPane statisticsScroll(HBox row) {
    ScrollPane scroll =
        new ScrollPane(row) {
          @Override
          protected double computePrefHeight(double width) {
            return Math.min(super.computePrefHeight(width), maxHeight(width));
          }
        };
    scroll.setFitToWidth(true);
    scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    scroll.maxHeightProperty().bind(heightProperty().multiply(STATISTICS_SHARE));
    scroll.getStyleClass().add("statistics-scroll");
    return scroll;
  }
}
