package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.DoubleProperty;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.controlsfx.control.SegmentedButton;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;

/**
 * The Inspect place's layout: a header (where the digit comes from, "Follow the Predict pad", By
 * hand | By layer, the network's answer); the forward pass as a left-to-right strip of {@link
 * StageCard}s that scrolls sideways when it does not fit; under it the chosen stage's formula and
 * how far the two computations are apart. Only nodes here; {@link InspectController} fills them.
 */
final class InspectView extends ScrollPane {
  private static final I18n TR = I18n.forPackageOf(InspectView.class);

  /** How much larger than their CSS minimum the pictures may grow with the window's height. */
  private static final double LARGEST = 1.6;

  final Label source = styled(new Label(), "inspect-source");
  final Button follow =
      Icons.on(new Button(TR.tr("Follow the Predict _pad")), MaterialDesignD.DRAW);
  final ToggleButton byHand =
      Icons.on(new ToggleButton(TR.tr("B_y hand")), MaterialDesignH.HAND_BACK_RIGHT_OUTLINE);
  final ToggleButton byLayer =
      Icons.on(new ToggleButton(TR.tr("By _layer")), MaterialDesignL.LAYERS_TRIPLE_OUTLINE);
  final SegmentedButton computation = segmented(byHand, byLayer);
  final Label answer = styled(new Label(), "inspect-answer");
  final Label error = styled(new Label(), "inspect-error");
  final HBox strip = styled(new HBox(), "stage-strip");
  final ScrollPane stripScroll = new ScrollPane(strip);
  final Label hint = styled(new Label(), "inspect-hint");
  final Label stageTitle = styled(new Label(), "section-title");
  final Label formula = styled(new Label(), "stage-formula");
  final Label difference = styled(new Label(), "stage-difference");
  private final Label subtitle =
      styled(
          new Label(
              TR.tr(
                  "What the network computes for one digit, step by step, left to right."
                      + " Point at a cell to read its value; Left and Right choose a step, Up"
                      + " and Down read its values.")),
          "muted");

  /** The chosen stage's formula and difference: hidden while there is no digit. */
  final VBox stageDetail;

  private final List<StageCard> cards = new ArrayList<>();
  private final DoubleProperty uiScale;
  private final VBox content;
  private final StackPane center;

  InspectView(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    getStyleClass().add("inspect-view");
    getStylesheets().add(getClass().getResource("inspect.css").toExternalForm());
    center = center();
    VBox.setVgrow(center, Priority.ALWAYS);
    stageDetail = detail();
    content = new VBox(header(), stageDetail, center);
    content.getStyleClass().add("inspect-content");
    setContent(content);
    // The page fills the window and the pictures grow with it; when the window is too low for
    // the smallest pictures (projector mode), the page scrolls down instead.
    setFitToWidth(true);
    setFitToHeight(true);
    setHbarPolicy(ScrollBarPolicy.NEVER);
    stripScroll.viewportBoundsProperty().addListener(o -> fitPictures());
    heightProperty().addListener(o -> fitSubtitle());
    subtitle.fontProperty().addListener(o -> fitSubtitle());
    describeControls();
  }

  private final Label title = styled(new Label(TR.tr("Inspect")), "title");

  private VBox header() {
    title.setMinWidth(Region.USE_PREF_SIZE);
    title.managedProperty().bind(title.visibleProperty());
    follow.setMinWidth(Region.USE_PREF_SIZE);
    FlowPane controls = new FlowPane(follow, computation);
    controls.getStyleClass().add("inspect-controls");
    // The row's whole width, not the flow's default 400 px: "Follow" and By hand | By layer
    // stacked in projector mode and pushed the stages below the first screen.
    HBox.setHgrow(controls, Priority.ALWAYS);
    HBox top = new HBox(title, controls);
    top.getStyleClass().add("inspect-title-row");
    source.setWrapText(true);
    source.managedProperty().bind(source.visibleProperty());
    error.setWrapText(true);
    error.managedProperty().bind(error.textProperty().isNotEmpty());
    subtitle.setWrapText(true);
    subtitle.managedProperty().bind(subtitle.visibleProperty());
    VBox header = new VBox(top, subtitle, source, answer, error);
    header.getStyleClass().add("inspect-header");
    return header;
  }

  private StackPane center() {
    stripScroll.getStyleClass().add("stage-scroll");
    stripScroll.setFitToHeight(true);
    stripScroll.setVbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
    strip.setFillHeight(false);
    hint.setWrapText(true);
    hint.managedProperty().bind(hint.visibleProperty());
    StackPane center = new StackPane(stripScroll, hint);
    center.getStyleClass().add("inspect-center");
    return center;
  }

  private VBox detail() {
    formula.setWrapText(true);
    difference.setWrapText(true);
    difference.managedProperty().bind(difference.textProperty().isNotEmpty());
    VBox detail = new VBox(stageTitle, formula, difference);
    detail.getStyleClass().add("stage-detail");
    detail.managedProperty().bind(detail.visibleProperty());
    return detail;
  }

  private void describeControls() {
    follow.setTooltip(
        new Tooltip(
            TR.tr("Inspect the digit on the Predict pad again, following every stroke (Alt+P)")));
    byHand.setTooltip(
        new Tooltip(
            TR.tr(
                "The tutorial's own code: torch.mm(x, w) + b, its own sigmoid and softmax"
                    + " (Alt+Y)")));
    byLayer.setTooltip(
        new Tooltip(
            TR.tr(
                "The network's layers (the nn.Module), compared with the computation by hand"
                    + " (Alt+L)")));
  }

  /** The cards, one per stage, in order. */
  List<StageCard> cards() {
    return cards;
  }

  /** Makes the strip hold {@code count} cards (with arrows between), reusing the ones there are. */
  void showStageCount(int count) {
    if (count == cards.size()) {
      return;
    }
    while (cards.size() < count) {
      cards.add(new StageCard(uiScale));
    }
    cards.subList(count, cards.size()).clear();
    strip.getChildren().clear();
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        strip.getChildren().add(styled(new Label("→"), "stage-arrow"));
      }
      strip.getChildren().add(cards.get(i));
    }
    strip.applyCss();
    fitPictures();
  }

  /**
   * Makes the pictures as large as the strip's height allows (from their CSS minimum to {@link
   * #LARGEST} times it: larger would show fewer stages at once), and keeps the strip at least as
   * tall as a card with the smallest pictures.
   */
  private void fitPictures() {
    if (cards.isEmpty()) {
      return;
    }
    StageCard first = cards.get(0);
    double smallest = first.picture.minHeight(-1);
    double around = first.prefHeight(-1) - first.picture.prefHeight(-1);
    double padding = strip.snappedTopInset() + strip.snappedBottomInset();
    double room = stripScroll.getViewportBounds().getHeight() - padding - around;
    double side = Math.floor(Math.max(smallest, Math.min(LARGEST * smallest, room)));
    for (StageCard card : cards) {
      card.picture.setPrefSize(side, side);
    }
    double scrollBar = 1.5 * subtitle.getFont().getSize();
    stripScroll.setMinHeight(around + smallest + padding + scrollBar);
  }

  /**
   * The subtitle and the title go when the window is low (projector mode): the pictures need the
   * height, and the navigation already says where we are.
   */
  private void fitSubtitle() {
    double em = Math.max(1, subtitle.getFont().getSize());
    boolean roomy = getHeight() == 0 || getHeight() / em >= 40;
    subtitle.setVisible(roomy);
    title.setVisible(roomy);
    // Smaller smallest pictures too (inspect.css): the first card's picture then fits on it.
    getStyleClass().remove("low");
    if (!roomy) {
      getStyleClass().add("low");
    }
    // On a low window the stages come first and the chosen stage's formula under them: above,
    // it pushed the first card's picture off the first screen.
    Node last = roomy ? center : stageDetail;
    if (content.getChildren().get(2) != last) {
      content
          .getChildren()
          .setAll(content.getChildren().get(0), roomy ? stageDetail : center, last);
    }
  }

  /** Marks card {@code index} as chosen and scrolls it into view. */
  void markSelected(int index) {
    for (int i = 0; i < cards.size(); i++) {
      cards.get(i).markSelected(i == index);
    }
    if (index >= 0 && index < cards.size()) {
      reveal(cards.get(index));
    }
  }

  /** Scrolls the strip just enough that {@code card} is whole on screen. */
  private void reveal(StageCard card) {
    double content = strip.getWidth();
    double visible = stripScroll.getViewportBounds().getWidth();
    if (content <= visible || visible <= 0) {
      return;
    }
    double left = (content - visible) * stripScroll.getHvalue();
    Bounds bounds = card.getBoundsInParent();
    if (bounds.getMinX() < left) {
      left = bounds.getMinX();
    } else if (bounds.getMaxX() > left + visible) {
      left = bounds.getMaxX() - visible;
    }
    stripScroll.setHvalue(left / (content - visible));
  }

  /**
   * The buttons in the segmented button's own toggle group: its skin moves every button into that
   * group when first shown, so a listener on any other group would never hear a click.
   */
  private static SegmentedButton segmented(ToggleButton... buttons) {
    SegmentedButton segmented = new SegmentedButton(buttons);
    ToggleGroup group = segmented.getToggleGroup();
    for (ToggleButton button : buttons) {
      button.setToggleGroup(group);
    }
    return segmented;
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    if (node instanceof Label label) {
      // Wrapped rather than cut to "…" in a narrow window or projector mode.
      label.setWrapText(true);
      label.setMinHeight(Region.USE_PREF_SIZE);
    }
    return node;
  }
}
