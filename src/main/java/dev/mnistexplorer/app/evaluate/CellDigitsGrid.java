package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Priority;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Thumbnails of test digits (one confusion cell's images), as toggle buttons: click one, or move to
 * it with Tab/arrows and press Space or Enter, to choose it. Builds {@value #PAGE} at a time, so a
 * diagonal cell with a thousand images opens at once; "Show more" adds the next ones.
 */
final class CellDigitsGrid extends VBox {
  private static final I18n TR = I18n.forPackageOf(CellDigitsGrid.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(new PlaceKey(TR.tr("Enter"), TR.tr("among a cell's digits: show the focused one")));

  static final int PAGE = 200;
  private final TilePane tiles = new TilePane();
  private final ScrollPane scroll = new ScrollPane(tiles);
  private final Button more = new Button();
  private final ToggleGroup group = new ToggleGroup();
  private final DoubleProperty uiScale;
  private List<Integer> indices = List.of();
  private IntFunction<float[]> pixels = index -> new float[784];
  private IntFunction<String> describe = Integer::toString;
  private IntConsumer onChoose = index -> {};
  private int built;

  CellDigitsGrid(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("cell-digits-grid");
    tiles.getStyleClass().add("digit-tiles");
    scroll.setFitToWidth(true);
    scroll.getStyleClass().add("digit-scroll");
    VBox.setVgrow(scroll, Priority.ALWAYS);
    more.setOnAction(event -> buildMore());
    Icons.on(more, MaterialDesignC.CHEVRON_DOWN);
    more.setTooltip(new Tooltip(TR.format("Show the next %d digits of this cell", PAGE)));
    setAccessibleRole(AccessibleRole.LIST_VIEW);
    more.setManaged(false);
    more.setVisible(false);
    getChildren().addAll(scroll, more);
    uiScale.addListener(observable -> rebuild());
  }

  /** Shows the digits at {@code indices}; {@code describe} gives each one's tooltip. */
  void show(List<Integer> indices, IntFunction<float[]> pixels, IntFunction<String> describe) {
    this.indices = List.copyOf(indices);
    this.pixels = pixels;
    this.describe = describe;
    rebuild();
    scroll.setVvalue(0);
  }

  /** A list to assistive technology: its items are the digits' buttons built so far. */
  @Override
  public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
    return switch (attribute) {
      case ITEM_COUNT -> tiles.getChildren().size();
      case ITEM_AT_INDEX -> {
        int index = (Integer) parameters[0];
        yield index >= 0 && index < tiles.getChildren().size()
            ? tiles.getChildren().get(index)
            : null;
      }
      default -> super.queryAccessibleAttribute(attribute, parameters);
    };
  }

  /** What to do with the test index of a chosen digit. */
  void setOnChoose(IntConsumer action) {
    onChoose = action;
  }

  /** Marks test image {@code index} as the chosen one (when it is built). */
  void markChosen(int index) {
    ToggleButton button = buttonFor(index);
    if (button != null) {
      button.setSelected(true);
    }
  }

  /** The button of test image {@code index}, or null when it is not built (for tests). */
  ToggleButton buttonFor(int index) {
    return tiles.getChildren().stream()
        .map(ToggleButton.class::cast)
        .filter(button -> button.getUserData().equals(index))
        .findFirst()
        .orElse(null);
  }

  private void rebuild() {
    tiles.getChildren().clear();
    built = 0;
    buildMore();
  }

  private void buildMore() {
    int end = Math.min(indices.size(), built + PAGE);
    int scale = Math.max(1, (int) Math.round(2 * uiScale.get()));
    for (int k = built; k < end; k++) {
      tiles.getChildren().add(thumbnail(indices.get(k), scale));
    }
    built = end;
    int left = indices.size() - built;
    more.setText(TR.format("Show _more (%,d left)", left));
    setAccessibleText(
        indices.isEmpty() ? TR.tr("No digits in this cell") : EvaluateText.images(indices.size()));
    more.setVisible(left > 0);
    more.setManaged(left > 0);
  }

  private ToggleButton thumbnail(int index, int scale) {
    ToggleButton button = new ToggleButton();
    ImageView picture = new ImageView(DigitImages.of(pixels.apply(index), scale, true));
    picture.setSmooth(false); // pixel art stays sharp squares at 200% desktop scaling
    button.setGraphic(picture);
    button.setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
    button.setUserData(index);
    button.setToggleGroup(group);
    button.getStyleClass().add("digit-thumb");
    String words = describe.apply(index);
    button.setTooltip(new Tooltip(words));
    // Only a picture shows: a screen reader reads the tooltip's words instead.
    button.setAccessibleText(words);
    button.setOnAction(
        event -> {
          button.setSelected(true); // a second click keeps it chosen rather than un-choosing it
          onChoose.accept(index);
        });
    button.setOnKeyPressed(
        event -> {
          if (event.getCode() == KeyCode.ENTER) {
            button.fire();
            event.consume();
          }
        });
    return button;
  }
}
