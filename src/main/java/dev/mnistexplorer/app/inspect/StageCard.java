package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.I18n;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * One stage of the strip: its name in words, its shape, its picture, its figures and the value
 * under the pointer. Focusable (Tab); the chosen stage is marked {@code :selected}. Layout only.
 */
final class StageCard extends VBox {
  private static final I18n TR = I18n.forPackageOf(StageCard.class);
  private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");

  final Label title = styled(new Label(), "stage-title");
  final Label shape = styled(new Label(), "stage-shape");
  final StageCanvas picture;
  final Label figures = styled(new Label(), "stage-figures");
  final Label readout = styled(new Label(), "stage-readout");

  StageCard(DoubleProperty uiScale) {
    picture = new StageCanvas(uiScale);
    getStyleClass().add("stage-card");
    setFocusTraversable(true);
    // Read as one: the controller gives it the stage's name, shape, range and picture in words.
    setAccessibleRole(AccessibleRole.TEXT);
    setAccessibleHelp(
        TR.tr(
            "Left and Right choose the stage; Up and Down read its values one by one, Page Up"
                + " and Page Down a row at a time."));
    title.setWrapText(true);
    figures.setWrapText(true);
    readout.setWrapText(true);
    getChildren().addAll(title, shape, picture, figures, readout);
  }

  /** As wide as its picture: the words wrap under it rather than widen the card. */
  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + snappedRightInset() + picture.prefWidth(-1);
  }

  /** Marks this card as the chosen stage. */
  void markSelected(boolean selected) {
    pseudoClassStateChanged(SELECTED, selected);
  }

  private static <T extends Region> T styled(T node, String styleClass) {
    node.getStyleClass().add(styleClass);
    node.setMinHeight(Region.USE_PREF_SIZE);
    return node;
  }
}
