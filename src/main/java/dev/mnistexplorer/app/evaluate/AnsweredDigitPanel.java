package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.DigitImages;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One test digit up close: the image, the network's ten probabilities with the true and the
 * predicted class marked, "Send to Predict" to question the network further there, and "Inspect" to
 * see its forward pass.
 */
final class AnsweredDigitPanel extends VBox {
  private final Label title = new Label();
  private final Label verdict = new Label();
  private final ImageView image = new ImageView();
  private final ClassBars bars = new ClassBars();
  private final Button send = new Button("_Send to Predict");
  private final Button inspect = new Button("_Inspect");
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
    send.setTooltip(new Tooltip("Open this digit in the Predict place (Alt+S)"));
    send.setMinWidth(Region.USE_PREF_SIZE);
    inspect.setTooltip(
        new Tooltip("See this digit's way through the network, step by step (Alt+I)"));
    inspect.setMinWidth(Region.USE_PREF_SIZE);
    HBox actions = new HBox(send, inspect);
    actions.getStyleClass().add("answered-digit-actions");
    VBox words = new VBox(title, verdict, actions);
    words.getStyleClass().add("answered-digit-words");
    HBox.setHgrow(words, Priority.ALWAYS);
    HBox top = new HBox(image, words);
    top.getStyleClass().add("answered-digit-top");
    getChildren().addAll(top, bars);
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
    title.setText(datasetName + " test #" + shown.index());
    verdict.setText(
        "True: "
            + EvaluateText.name(names, shown.label())
            + "\nPredicted: "
            + EvaluateText.name(names, predicted)
            + " ("
            + EvaluateText.percent(shown.probabilities()[predicted])
            + ")\n"
            + (predicted == shown.label() ? "Right" : "Wrong"));
    bars.show(names, shown.probabilities(), EvaluateText::percent);
    bars.mark(shown.label(), "true", "true-class");
    bars.mark(predicted, "predicted", predicted == shown.label() ? "right-answer" : "wrong-answer");
    drawImage();
  }

  private void drawImage() {
    if (answer != null) {
      int scale = Math.max(1, (int) Math.round(4 * uiScale.get()));
      image.setImage(DigitImages.of(answer.pixels(), scale, true));
    }
  }
}
