package dev.mnistexplorer.app.inspect.weights;

import dev.mnistexplorer.app.common.ColumnScroll;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The first-layer weights' layout: a heading saying what the tiles are, the scale toggle with the
 * colour key, the grid of tiles and, beside it (below it on a narrow window), the chosen unit up
 * close. Layout and styling only; {@link WeightsController} fills it.
 */
final class WeightsView extends BorderPane {
  private static final I18n TR = I18n.forPackageOf(WeightsView.class);

  /** Below this width (in px at UI scale 1) the chosen unit moves under the grid. */
  private static final double WIDE = 900;

  final Label heading = new Label(WeightsText.heading(null));
  final Label explanation = new Label();
  final Label status = new Label();
  final ToggleButton perTile =
      Icons.on(new ToggleButton(TR.tr("Per tile")), MaterialDesignR.RELATIVE_SCALE);
  final ToggleButton shared =
      Icons.on(new ToggleButton(TR.tr("Shared")), MaterialDesignS.SCALE_BALANCE);
  final SegmentedButton scale;
  final WeightsLegend legend = new WeightsLegend();
  final WeightsGrid grid = new WeightsGrid();
  final UnitDetail detail;
  private final ScrollPane detailScroll;

  /** The scale toggle with its label; beside the legend on a wide window, above it otherwise. */
  private final HBox scaleRow = new HBox();

  private final VBox toolbar = new VBox();
  private final VBox page;
  private final DoubleProperty uiScale;
  private Boolean wide;

  WeightsView(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("weights-view");
    getStylesheets().add(getClass().getResource("weights.css").toExternalForm());
    grid.uiScaleProperty().bind(uiScale);
    grid.setId("weights-grid");
    detail = new UnitDetail(uiScale);
    detailScroll = new ScrollPane(detail);
    detailScroll.setFitToWidth(true);
    detailScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    detailScroll.getStyleClass().add("unit-detail-scroll");
    scale = segmented(perTile, shared);
    page = new VBox(header());
    page.getStyleClass().add("weights-page");
    // On a low window (projector mode) the header alone is taller than the window: the whole page
    // scrolls and the grid keeps its minimum height instead of getting nothing.
    ColumnScroll scroll = new ColumnScroll(page);
    scroll.setFitToHeight(true);
    scroll.getStyleClass().add("weights-scroll");
    setCenter(scroll);
    widthProperty().addListener(observable -> arrange());
    uiScale.addListener(observable -> arrange());
    arrange();
  }

  private VBox header() {
    heading.getStyleClass().add("section-title");
    heading.setWrapText(true);
    heading.setMinHeight(Region.USE_PREF_SIZE);
    for (Label words : new Label[] {explanation, status}) {
      words.getStyleClass().add("muted");
      words.setWrapText(true);
      words.setMinHeight(Region.USE_PREF_SIZE);
    }
    perTile.setTooltip(
        new Tooltip(
            TR.tr("Each tile's colours run to its own largest weight: every pattern shows")));
    shared.setTooltip(
        new Tooltip(TR.tr("Every tile on the layer's largest weight: tiles can be compared")));
    // Projector mode doubles the font: without this the toggles' words shrank to "…".
    perTile.setMinWidth(Region.USE_PREF_SIZE);
    shared.setMinWidth(Region.USE_PREF_SIZE);
    perTile.setId("scale-per-tile");
    shared.setId("scale-shared");
    Label scaleLabel = new Label(TR.tr("Scale:"));
    scaleLabel.setMinWidth(Region.USE_PREF_SIZE);
    scaleLabel.setLabelFor(scale);
    scaleRow.getChildren().addAll(scaleLabel, scale);
    scaleRow.getStyleClass().add("weights-toolbar");
    toolbar.getStyleClass().add("weights-toolbar-box");
    VBox header = new VBox(heading, explanation, toolbar, status);
    header.setMinHeight(Region.USE_PREF_SIZE);
    header.getStyleClass().add("weights-header");
    return header;
  }

  /** The unit beside the grid on a wide window, under it on a narrow one or in projector mode. */
  private void arrange() {
    boolean nowWide = getWidth() == 0 || getWidth() >= WIDE * uiScale.get();
    if (wide != null && wide == nowWide) {
      return;
    }
    wide = nowWide;
    HBox.setHgrow(grid, Priority.ALWAYS);
    VBox.setVgrow(grid, Priority.ALWAYS);
    Region body = nowWide ? new HBox(grid, detailScroll) : new VBox(grid, detailScroll);
    body.getStyleClass().add("weights-body");
    VBox.setVgrow(body, Priority.ALWAYS);
    detailScroll.getStyleClass().remove("below");
    if (!nowWide) {
      detailScroll.getStyleClass().add("below");
    }
    arrangeToolbar(nowWide);
    page.getChildren().setAll(page.getChildren().get(0), body);
  }

  /**
   * The legend beside the scale toggle where there is room; under it otherwise, at full width (in
   * German projector mode its caption was squeezed to one word per line and its ends ran together).
   */
  private void arrangeToolbar(boolean nowWide) {
    if (nowWide) {
      HBox.setHgrow(legend, Priority.ALWAYS);
      HBox row = new HBox(scaleRow, legend);
      row.getStyleClass().add("weights-toolbar");
      toolbar.getChildren().setAll(row);
    } else {
      toolbar.getChildren().setAll(scaleRow, legend);
    }
  }

  /**
   * A segmented button whose toggles share its group: ControlsFX replaces the group when first
   * shown, so a listener on another group would never hear a click.
   */
  private static SegmentedButton segmented(ToggleButton... buttons) {
    SegmentedButton segmented = new SegmentedButton(buttons);
    for (ToggleButton button : buttons) {
      button.setToggleGroup(segmented.getToggleGroup());
    }
    return segmented;
  }
}
