package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.OutputScale;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.inspect.DivergingPalette;
import dev.mnistexplorer.core.service.Inspector;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * The "Why this answer?" part of the Predict place's answer card: a switch row (the switch and the
 * class to explain) and, while it is on, in place of the bars, what the network sees coloured by
 * each pixel's push (large, with its legend) beside the training digits nearest to the drawing as
 * small buttons (a click, Enter or Space shows one in the Dataset place). Only nodes; {@link
 * WhyBinder} fills them.
 */
final class WhyPanel extends VBox {
  private static final I18n TR = I18n.forPackageOf(WhyPanel.class);

  /** Help ▸ Keyboard Shortcuts: the mnemonics of the buttons below. */
  static final List<PlaceKey> MNEMONICS = List.of(new PlaceKey("Alt+W", TR.tr("why this answer?")));

  final CheckBox why = new CheckBox(TR.tr("_Why this answer?"));
  final ComboBox<Integer> explained = new ComboBox<>();
  final Label legend = styled(new Label(), "why-legend");
  final Label numbers = styled(new Label(), "why-numbers");
  final Label title = styled(styled(new Label(), "section-title"), "why-title");
  final NetworkInputView picture;
  final Label nearestTitle = styled(new Label(), "section-title");
  final List<Button> nearestDigits =
      IntStream.range(0, Inspector.NEAREST_DIGITS).mapToObj(i -> nearestButton()).toList();

  private final Label explainLabel = new Label(TR.tr("E_xplain"));
  private final ImageView legendRamp = new ImageView(legendRamp());
  private final DoubleProperty uiScale;
  private final TilePane nearest = new TilePane();
  private final VBox side = new VBox();
  private final HBox pictureAndDigits = new HBox();
  private final float[][] nearestPixels = new float[Inspector.NEAREST_DIGITS][];
  private boolean compact;
  private String longLegend = "";
  private String shortLegend = "";
  final HBox switchRow = switchRow();

  /** {@code uiScale} enlarges the nearest digits' pictures in projector mode. */
  WhyPanel(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    this.picture = styled(new NetworkInputView(uiScale), "why-picture");
    getStyleClass().add("why-panel");
    buildDetails();
    describeControls();
    // The pictures are painted for one screen scale and size: paint them again when either changes.
    OutputScale.follow(this, this::repaintNearest);
    uiScale.addListener(o -> repaintNearest());
  }

  /**
   * Large fonts in a small window: the switch says only "Why?", the choice loses its label (its
   * tooltip stays) and the nearest digits are drawn smaller, so the card still fits.
   */
  void setCompact(boolean compact) {
    this.compact = compact;
    why.setText(compact ? TR.tr("_Why?") : TR.tr("_Why this answer?"));
    explainLabel.setVisible(!compact);
    legend.setText(compact ? shortLegend : longLegend);
    arrange();
    repaintNearest();
  }

  /** The legend's words, in full and for a compact card. */
  void showLegend(String full, String brief) {
    longLegend = full;
    shortLegend = brief;
    legend.setText(compact ? brief : full);
  }

  /**
   * Shows nearest digit {@code position}: its pixels (784 values, ink high) as a picture with its
   * label under it and {@code description} as tooltip and accessible text; null pixels hide it.
   */
  void showNearest(int position, float[] pixels, String label, String description) {
    Button button = nearestDigits.get(position);
    button.setVisible(pixels != null);
    nearestPixels[position] = pixels;
    if (pixels != null) {
      paintNearest(position);
      button.setText(label);
      button.setTooltip(new Tooltip(description));
      button.setAccessibleText(description);
    }
  }

  private void repaintNearest() {
    for (int position = 0; position < nearestPixels.length; position++) {
      if (nearestPixels[position] != null) {
        paintNearest(position);
      }
    }
  }

  /**
   * Small in a compact card: about 1.2 layout units a digit pixel, else 2 (more in projector mode).
   * Painted in the screen's own pixels and shown unsmoothed, so crisp at 200% scaling.
   */
  private void paintNearest(int position) {
    double side = compact ? 34 : 28 * Math.round(2 * Math.max(1, uiScale.get()));
    int zoom = Math.max(1, (int) Math.round(side / 28 * OutputScale.of(this)));
    ImageView image =
        new ImageView(PixelArt.toImage(PixelArt.digit(nearestPixels[position], zoom)));
    image.setSmooth(false);
    image.setFitWidth(side);
    image.setPreserveRatio(true);
    nearestDigits.get(position).setGraphic(image);
  }

  /**
   * The switch and the choice on one line: a second line would make the card, and with it the pad,
   * taller than a 1280×720 screen in projector mode. The label gives way first ("…"), then the
   * choice: held at its full width, "The answer: 7" made the whole card wider than a 1200-pixel
   * projector window the moment a digit was drawn, and the bars were cut at the 9.
   */
  private HBox switchRow() {
    explainLabel.setMnemonicParsing(true);
    explainLabel.setLabelFor(explained);
    explainLabel.managedProperty().bind(explainLabel.visibleProperty());
    why.setMinWidth(Region.USE_PREF_SIZE);
    explained.setMaxWidth(Region.USE_PREF_SIZE);
    explained.getItems().setAll(IntStream.rangeClosed(-1, 9).boxed().toList());
    explained.disableProperty().bind(why.selectedProperty().not());
    explainLabel.disableProperty().bind(explained.disabledProperty());
    Region spacer = new Region();
    HBox.setHgrow(spacer, Priority.ALWAYS);
    HBox row = new HBox(why, spacer, explainLabel, explained);
    row.getStyleClass().add("why-row");
    row.setAlignment(Pos.CENTER_LEFT);
    return row;
  }

  private void buildDetails() {
    legend.setGraphic(legendRamp);
    legend.setContentDisplay(ContentDisplay.LEFT);
    // Wrapped lines would make the card's minimum height depend on a narrow guess of its width
    // (and push the pad out of the window): the sentences stay on one line, cut with "…" if need
    // be, and the numbers, the least needed, wrap within the height they are given.
    numbers.setWrapText(true);
    nearest.getStyleClass().add("nearest-digits");
    nearest.getChildren().setAll(nearestDigits);
    // Whole rows always; a TilePane would otherwise report one column's height as its minimum.
    nearest.setMinWidth(Region.USE_PREF_SIZE);
    nearest.setMinHeight(Region.USE_PREF_SIZE);
    nearest.setMaxWidth(Region.USE_PREF_SIZE);
    // The numbers wrap to the width of the eight digits, not the other way round.
    numbers.maxWidthProperty().bind(nearest.widthProperty());
    nearestTitle.maxWidthProperty().bind(nearest.widthProperty());
    side.getStyleClass().add("why-side");
    side.setMinWidth(Region.USE_PREF_SIZE);
    HBox.setHgrow(picture, Priority.ALWAYS);
    VBox.setVgrow(picture, Priority.ALWAYS);
    pictureAndDigits.getStyleClass().add("why-body");
    VBox.setVgrow(pictureAndDigits, Priority.ALWAYS);
    arrange();
  }

  /**
   * Side by side (the picture, then four digits a row) when there is room; in a compact card one
   * under the other, without the nearest digits and the numbers (they would push the card off a
   * 1280×720 screen in projector mode).
   */
  private void arrange() {
    nearest.setPrefColumns(4);
    numbers.setVisible(!compact);
    numbers.setManaged(!compact);
    if (compact) {
      pictureAndDigits.getChildren().clear();
      side.getChildren().clear();
      // No room for the nearest digits under the picture (projector mode on a small screen): the
      // picture is what the card is about there.
      getChildren().setAll(title, legend, picture);
    } else {
      side.getChildren().setAll(nearestTitle, nearest, numbers);
      pictureAndDigits.getChildren().setAll(picture, side);
      getChildren().setAll(title, legend, pictureAndDigits);
    }
  }

  private void describeControls() {
    why.setTooltip(
        new Tooltip(
            TR.tr(
                "Colour what the network sees by how much each pixel pushed the answer up (orange) or down (blue): gradient × input of the answer's logit, a first-order explanation. Also shows the 8 training digits with the most ink in common with the drawing (nearest in pixels). Alt+W, then Space.")));
    explained.setTooltip(
        new Tooltip(
            TR.tr(
                "Which digit to explain: the answer, or \"why not 3\" for any other digit (Alt+X)")));
    legendRamp.setAccessibleText(
        TR.tr("Colour scale: blue pushed against, white nothing, orange towards"));
  }

  /** A nearest digit: its picture with its label under it; Enter or Space shows it in Dataset. */
  private static Button nearestButton() {
    Button button = styled(new Button(), "nearest-digit");
    button.setContentDisplay(ContentDisplay.TOP);
    button.setMnemonicParsing(false);
    button.setVisible(false);
    button.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            button.fire();
            event.consume();
          }
        });
    return button;
  }

  /** The palette from most negative (left) to most positive, for the legend. */
  private static WritableImage legendRamp() {
    int width = 96;
    int height = 12;
    int[] row = DivergingPalette.legend(width);
    WritableImage image = new WritableImage(width, height);
    for (int y = 0; y < height; y++) {
      image
          .getPixelWriter()
          .setPixels(0, y, width, 1, PixelFormat.getIntArgbInstance(), row, 0, width);
    }
    return image;
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
