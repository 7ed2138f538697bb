package dev.mnistexplorer.app.dataset;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The selected digit large: where it comes from and its label, its 28×28 pixel values (raw or
 * normalised), the shape the network sees, "Send to Predict" and "Inspect". Layout only.
 */
final class SelectedDigitPanel extends VBox {
  private static final I18n TR = I18n.forPackageOf(SelectedDigitPanel.class);

  final Label title = new Label();
  final Label label = new Label();
  final PixelValuesView pixels = new PixelValuesView();
  final Label hover = new Label();
  final ToggleButton raw = new ToggleButton(TR.tr("_Raw 0…255"));
  final ToggleButton normalised = new ToggleButton(TR.tr("_Normalised −1…1"));
  final Label shape = new Label();
  final Label formula = new Label();
  final Button sendToPredict =
      Icons.on(new Button(TR.tr("Send to _Predict")), MaterialDesignS.SEND);
  final Button inspect = Icons.on(new Button(TR.tr("_Inspect")), MaterialDesignM.MICROSCOPE);
  private final List<Node> optional;
  private final Node valueMode;

  SelectedDigitPanel() {
    getStyleClass().add("selected-digit-panel");
    title.getStyleClass().add("detail-title");
    label.getStyleClass().add("detail-label");
    hover.getStyleClass().addAll("muted", "hover-text");
    shape.getStyleClass().add("shape-text");
    formula.getStyleClass().addAll("muted", "formula-text");
    formula.setWrapText(true);
    raw.setTooltip(new Tooltip(TR.tr("The bytes as stored in the dataset file")));
    normalised.setTooltip(
        new Tooltip(TR.tr("What the network receives: ToTensor then Normalize((0.5,), (0.5,))")));
    sendToPredict.setTooltip(
        new Tooltip(TR.tr("Open this digit in Predict and see what the network answers")));
    sendToPredict.getStyleClass().add("send-to-predict");
    sendToPredict.setDefaultButton(false);
    inspect.setTooltip(
        new Tooltip(
            TR.tr("See this digit's way through the network, step by step, in Inspect (Alt+I)")));
    inspect.getStyleClass().add("send-to-inspect");
    // Its preferred height fits the picture and the lens; spare height stays below the captions.
    hover.setWrapText(true);
    shape.setWrapText(true);
    FlowPane heading = new FlowPane(title, label);
    heading.getStyleClass().add("detail-heading");
    valueMode = DatasetToolbar.segmented(raw, normalised);
    FlowPane mode = new FlowPane(valueMode, sendToPredict, inspect);
    mode.getStyleClass().add("detail-actions");
    getChildren().addAll(heading, pixels, hover, mode, shape, formula);
    optional = List.of(shape, formula, hover);
  }

  /**
   * As narrow as the Raw / Normalised pair allows: the split beside the grid stops there rather
   * than cutting "Normalised −1…1" off (projector mode, German, a small window); the other buttons
   * wrap below it and the labels shorten.
   */
  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + snappedRightInset() + valueMode.prefWidth(-1);
  }

  /**
   * Hides the captions, least needed first, while the digit would otherwise get less than a
   * comfortable height (projector mode on a small screen): the digit, its values and the buttons
   * stay on screen; the Raw and Normalised buttons' tooltips still say what the values mean.
   */
  @Override
  protected void layoutChildren() {
    double width = getWidth() - snappedLeftInset() - snappedRightInset();
    double room = getHeight() - snappedTopInset() - snappedBottomInset();
    int hidden = 0;
    while (hidden < optional.size() && heightNeeded(width, hidden) > room) {
      hidden++;
    }
    for (int i = 0; i < optional.size(); i++) {
      show(optional.get(i), i >= hidden);
    }
    super.layoutChildren();
  }

  private double heightNeeded(double width, int hidden) {
    double total = 0;
    int shown = 0;
    for (Node child : getChildren()) {
      int rank = optional.indexOf(child);
      if (rank < 0 || rank >= hidden) {
        total += child == pixels ? pixels.comfortableHeight() : child.prefHeight(width);
        shown++;
      }
    }
    return total + getSpacing() * Math.max(0, shown - 1);
  }

  private static void show(Node node, boolean shown) {
    if (node.isManaged() != shown) {
      node.setManaged(shown);
      node.setVisible(shown);
    }
  }

  /** Without the captions, which give way when room is short. */
  @Override
  protected double computeMinHeight(double width) {
    double inner = width < 0 ? -1 : width - snappedLeftInset() - snappedRightInset();
    double total = snappedTopInset() + snappedBottomInset();
    int counted = 0;
    for (Node child : getChildren()) {
      if (!optional.contains(child)) {
        total += child.minHeight(inner);
        counted++;
      }
    }
    return total + getSpacing() * Math.max(0, counted - 1);
  }
}
