package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.DigitImages;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * One test digit up close: the image, the network's ten probabilities with the true and the
 * predicted class marked, "Send to Predict" to question the network further there, and "Inspect" to
 * see its forward pass.
 */
final class AnsweredDigitPanel extends VBox {
  private static final I18n TR = I18n.forPackageOf(AnsweredDigitPanel.class);

  private final Label title = new Label();
  private final Label verdict = new Label();
  private final ImageView image = new ImageView();
  private final ClassBars bars = new ClassBars();
  private final Button send = Icons.on(new Button(TR.tr("_Send to Predict")), MaterialDesignS.SEND);
  private final Button inspect =
      Icons.on(new Button(TR.tr("_Inspect")), MaterialDesignM.MAGNIFY_SCAN);
  private final DoubleProperty uiScale;
  private DigitAnswer answer;

  AnsweredDigitPanel(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("answered-digit-panel");
    title.getStyleClass().add("section-title");
    title.setWrapText(true);
    verdict.getStyleClass().add("verdict");
    verdict.setWrapText(true);
    image.getStyleClass().add("digit-large");
    image.setAccessibleRole(AccessibleRole.IMAGE_VIEW);
    // Pixel art: blown up at 200% desktop scaling, each pixel stays a sharp square.
    image.setSmooth(false);
    send.setTooltip(new Tooltip(TR.tr("Open this digit in the Predict place (Alt+S)")));
    send.setMinWidth(Region.USE_PREF_SIZE);
    inspect.setTooltip(
        new Tooltip(TR.tr("See this digit's way through the network, step by step (Alt+I)")));
    inspect.setMinWidth(Region.USE_PREF_SIZE);
    // The buttons in a row of their own that wraps: beside the digit, with their icons (and in
    // German), they widened the panel past its column and pushed the bars' tags out of sight.
    FlowPane actions = new FlowPane(send, inspect);
    actions.getStyleClass().add("answered-digit-actions");
    VBox words = new VBox(title, verdict);
    words.getStyleClass().add("answered-digit-words");
    HBox.setHgrow(words, Priority.ALWAYS);
    HBox top = new HBox(image, words);
    top.getStyleClass().add("answered-digit-top");
    getChildren().addAll(top, actions, bars);
    uiScale.addListener(observable -> drawImage());
    show(null, List.of(), "");
  }

  Button sendButton() {
    return send;
  }

  Button inspectButton() {
    return inspect;
  }

  ClassBars bars() {
    return bars;
  }

  /** Shows the network's answer for one digit (null hides the detail). */
  void show(DigitAnswer shown, List<String> names, String datasetName) {
    answer = shown;
    setVisible(shown != null);
    setManaged(shown != null);
    if (shown == null) {
      return;
    }
    int predicted = shown.predicted();
    title.setText(EvaluateText.testImage(datasetName, shown.index()));
    verdict.setText(
        TR.format(
                "True: %s\nPredicted: %s (%s)",
                EvaluateText.name(names, shown.label()),
                EvaluateText.name(names, predicted),
                EvaluateText.percent(shown.probabilities()[predicted]))
            + "\n"
            + (predicted == shown.label() ? TR.tr("Right") : TR.tr("Wrong")));
    image.setAccessibleText(title.getText());
    bars.show(names, shown.probabilities(), EvaluateText::percent);
    bars.mark(shown.label(), TR.tr("true"), "true-class");
    bars.mark(
        predicted,
        TR.tr("predicted"),
        predicted == shown.label() ? "right-answer" : "wrong-answer");
    drawImage();
  }

  private void drawImage() {
    if (answer != null) {
      int scale = Math.max(1, (int) Math.round(4 * uiScale.get()));
      image.setImage(DigitImages.of(answer.pixels(), scale, true));
    }
  }
}
