package dev.mnistexplorer.app.predict;

import dev.mnistexplorer.app.common.I18n;
import java.util.List;
import java.util.stream.IntStream;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Predict place's answer card, beside the pad: the network's answer (the digit, large, with its
 * probability and which network gives it), the softmax bars or, while it is on, the {@link
 * WhyPanel} in their place, the untrained switch with Add to my digits, and where the digit came
 * from. {@link PredictView} lays it out beside the pad; only nodes here, {@link PredictController}
 * and {@link WhyBinder} bind them.
 */
final class AnswerCard extends VBox {
  private static final I18n TR = I18n.forPackageOf(AnswerCard.class);
  final Label caption = styled(new Label(), "answer-caption");
  final Label digit = styled(new Label(), "answer-digit");
  final Label confidence = styled(new Label(), "answer-confidence");
  final Label network = styled(new Label(), "answer-network");
  final SoftmaxBars bars = new SoftmaxBars();
  final WhyPanel whyPanel;
  final CheckBox untrained = new CheckBox(TR.tr("Show the u_ntrained network"));
  final Button addToMyDigits = new Button(TR.tr("_Add to my digits"));
  final List<Button> labelButtons =
      IntStream.range(0, 10).mapToObj(d -> new Button(String.valueOf(d))).toList();
  final Button cancelLabel = new Button(TR.tr("Cancel"));
  final FlowPane labelPicker = styled(new FlowPane(), "label-picker");
  final Label myDigitsMessage = styled(new Label(), "my-digits-message");
  final Label source = styled(new Label(), "digit-source");
  private final VBox myDigitsBar = new VBox();
  private final VBox answerText = styled(new VBox(), "answer-text");
  private final HBox answerRow = styled(new HBox(), "answer-row");
  private final BooleanProperty low = new SimpleBooleanProperty();

  /** {@code uiScale} sizes the Why panel's pictures for projector mode. */
  AnswerCard(DoubleProperty uiScale) {
    this.whyPanel = new WhyPanel(uiScale);
    answerRow.getChildren().add(answerText());
    Label barsTitle = barsTitle();
    // Wrapped rather than cut to "…" when space is short; the bars give way instead.
    for (Labeled text : List.of(barsTitle, untrained, confidence, network)) {
      text.setWrapText(true);
      text.setMinHeight(Region.USE_PREF_SIZE);
    }
    source.setWrapText(true);
    source.managedProperty().bind(source.textProperty().isNotEmpty());
    getChildren()
        .setAll(
            answerRow,
            barsTitle,
            bars,
            whyPanel,
            switchesAndMyDigits(),
            whyPanel.switchRow,
            source);
    getStyleClass().add("answer-column");
    describeControls();
  }

  /**
   * Puts what the network sees beside the answer, unless the Why panel, whose picture is the same
   * one coloured, is shown.
   */
  void showBesideAnswer(Node sees) {
    answerRow.getChildren().setAll(answerText);
    if (!whyPanel.isVisible()) {
      answerRow.getChildren().add(sees);
    }
  }

  /** Takes what the network sees away from beside the answer (it goes under the pad). */
  void removeFromBesideAnswer(Node sees) {
    answerRow.getChildren().remove(sees);
  }

  /** Large fonts in a small window: the Why panel draws itself smaller. */
  void setCompact(boolean compact) {
    whyPanel.setCompact(compact);
  }

  /** A low window keeps only what the place needs most: the answer and the bars. */
  void setLow(boolean low) {
    // The caption still says which network answers; the line about its accuracy goes.
    network.setVisible(!low);
    // So does the Add button: a digit key on the pad still adds, the status bar confirms.
    myDigitsBar.setVisible(!low);
    // And the bars' title: the ten digits under the bars say what they are (a screen reader still
    // hears it), and its two lines in projector mode are what pushed the switches out of sight.
    this.low.set(low);
  }

  /** Icons beside the words, as {@link PredictView} shows or drops them on its tools. */
  void showIcons(boolean shown) {
    PredictView.icon(addToMyDigits, shown ? MaterialDesignP.PLAYLIST_PLUS : null);
    PredictView.icon(untrained, shown ? MaterialDesignD.DICE_5_OUTLINE : null);
    PredictView.icon(cancelLabel, shown ? MaterialDesignC.CLOSE : null);
  }

  /** The bars' title; the Why panel, while it is shown, takes the place of both. */
  private Label barsTitle() {
    Label title = styled(new Label(TR.tr("Probability of each digit (softmax)")), "section-title");
    VBox.setVgrow(bars, Priority.ALWAYS);
    VBox.setVgrow(whyPanel, Priority.ALWAYS);
    whyPanel.managedProperty().bind(whyPanel.visibleProperty());
    title.managedProperty().bind(title.visibleProperty());
    bars.managedProperty().bind(bars.visibleProperty());
    title.visibleProperty().bind(whyPanel.visibleProperty().not().and(low.not()));
    bars.visibleProperty().bind(whyPanel.visibleProperty().not());
    whyPanel.setVisible(false);
    return title;
  }

  /** The caption over the digit, large, beside its probability and which network answers. */
  private VBox answerText() {
    digit.setMinWidth(Region.USE_PREF_SIZE);
    digit.managedProperty().bind(digit.textProperty().isNotEmpty());
    network.managedProperty().bind(network.visibleProperty());
    VBox confidenceText = new VBox(confidence, network);
    confidenceText.getStyleClass().add("answer-confidence-text");
    confidenceText.setMinWidth(0);
    HBox.setHgrow(confidenceText, Priority.ALWAYS);
    HBox digitRow = new HBox(digit, confidenceText);
    digitRow.getStyleClass().add("answer-digit-row");
    digitRow.setAlignment(Pos.CENTER_LEFT);
    // As tall before the first answer as with one, so a first stroke moves nothing.
    digitRow.minHeightProperty().bind(digit.minHeightProperty());
    answerText.getChildren().setAll(caption, digitRow);
    HBox.setHgrow(answerText, Priority.ALWAYS);
    return answerText;
  }

  /**
   * Beside the answer ("it says 6, but it is a 7"): Add to my digits and its confirmation on one
   * line, which the label picker takes over while it is open. Here rather than under the pad, so
   * the pad keeps its size and the bars give way instead.
   */
  private VBox myDigitsBar() {
    FlowPane addRow = styled(new FlowPane(addToMyDigits, myDigitsMessage), "my-digits-row");
    addRow.setAlignment(Pos.CENTER_LEFT);
    addRow.managedProperty().bind(addRow.visibleProperty());
    addRow.visibleProperty().bind(labelPicker.visibleProperty().not());
    Label question = styled(new Label(TR.tr("Which digit? Press 0–9:")), "label-question");
    labelPicker.getChildren().add(question);
    labelPicker.getChildren().addAll(labelButtons);
    labelPicker.getChildren().add(cancelLabel);
    labelPicker.setAlignment(Pos.CENTER_LEFT);
    labelPicker.managedProperty().bind(labelPicker.visibleProperty());
    labelPicker.setVisible(false);
    myDigitsMessage.setWrapText(true);
    myDigitsMessage.setMinHeight(Region.USE_PREF_SIZE);
    myDigitsBar.getChildren().setAll(addRow, labelPicker);
    myDigitsBar.managedProperty().bind(myDigitsBar.visibleProperty());
    // Never squeezed under the switches below it; in a low window it goes (see setLow).
    myDigitsBar.setMinHeight(Region.USE_PREF_SIZE);
    return styled(myDigitsBar, "my-digits-bar");
  }

  /**
   * The untrained switch with Add to my digits under it, closer together than the card's rows, so a
   * projector at 1280×720 still shows the whole place without scrolling.
   */
  private VBox switchesAndMyDigits() {
    return styled(new VBox(untrained, myDigitsBar()), "predict-switches");
  }

  private void describeControls() {
    untrained.setTooltip(
        new Tooltip(
            TR.tr(
                "Ask a freshly initialised network with the same layers, never trained: its answer is close to a guess. The current network is not changed.")));
    addToMyDigits.setTooltip(
        new Tooltip(
            TR.tr(
                "Save this drawing in My digits with the label you pick, to test and fine-tune the network on your handwriting (Alt+A, or press a digit key 0–9 on the pad)")));
    for (Button button : labelButtons) {
      button.setTooltip(new Tooltip(TR.format("Save it as a %1$s (key %1$s)", button.getText())));
    }
    cancelLabel.setTooltip(new Tooltip(TR.tr("Do not save this drawing (Esc)")));
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    return node;
  }
}
