package dev.mnistexplorer.app.lessons;

import java.util.List;
import javafx.geometry.Orientation;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;

/**
 * The lesson bar's top line: the title, "Step 2 of 5" and the lock note on the left, Back / Next /
 * End Lesson on the right. Where that does not fit (German in projector mode on a 1024-pixel
 * screen), the buttons move to a line of their own and the words wrap above them: the buttons never
 * lose their text, and a long title wraps rather than ending in "…".
 */
final class LessonHeading extends Region {
  /** Between the words, and between the words and the buttons (as the HBox it replaces had). */
  private static final double GAP = 12;

  private final List<Label> words;
  private final HBox buttons;

  LessonHeading(HBox buttons, Label... words) {
    this.buttons = buttons;
    this.words = List.of(words);
    getChildren().addAll(words);
    getChildren().add(buttons);
  }

  /** Its height depends on its width (one line or two): parents must ask with the width. */
  @Override
  public Orientation getContentBias() {
    return Orientation.HORIZONTAL;
  }

  /** Never squeezed below its lines: a squeezed heading would draw over the prompt. */
  @Override
  protected double computeMinHeight(double width) {
    return computePrefHeight(width);
  }

  @Override
  protected double computeMinWidth(double height) {
    return snappedLeftInset() + buttons.prefWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computePrefWidth(double height) {
    return snappedLeftInset() + wordsWidth() + GAP + buttons.prefWidth(-1) + snappedRightInset();
  }

  @Override
  protected double computePrefHeight(double width) {
    double inner = innerWidth(width < 0 ? prefWidth(-1) : width);
    double content =
        fitsOneLine(inner)
            ? Math.max(lineHeight(), buttons.prefHeight(-1))
            : flow(inner, false) + GAP / 2 + buttons.prefHeight(-1);
    return snappedTopInset() + content + snappedBottomInset();
  }

  @Override
  protected void layoutChildren() {
    double inner = innerWidth(getWidth());
    double buttonsWidth = buttons.prefWidth(-1);
    double buttonsHeight = buttons.prefHeight(-1);
    double top = snappedTopInset();
    double right = snappedLeftInset() + inner - buttonsWidth;
    if (fitsOneLine(inner)) {
      double line = Math.max(lineHeight(), buttonsHeight);
      flow(inner - buttonsWidth - GAP, true);
      for (Label word : shown()) {
        word.relocate(word.getLayoutX(), top + (line - word.getHeight()) / 2);
      }
      buttons.resizeRelocate(right, top + (line - buttonsHeight) / 2, buttonsWidth, buttonsHeight);
    } else {
      double wordsHeight = flow(inner, true);
      buttons.resizeRelocate(right, top + wordsHeight + GAP / 2, buttonsWidth, buttonsHeight);
    }
  }

  private boolean fitsOneLine(double inner) {
    return wordsWidth() + GAP + buttons.prefWidth(-1) <= inner;
  }

  /**
   * Lays the words out left to right in {@code width}, starting a new line when the next does not
   * fit, each at most {@code width} wide (the title then wraps). Returns the height they take.
   */
  private double flow(double width, boolean place) {
    double x = 0;
    double y = 0;
    double line = 0;
    for (Label word : shown()) {
      double w = Math.min(word.prefWidth(-1), width);
      if (x > 0 && x + w > width) {
        x = 0;
        y += line + GAP / 4;
        line = 0;
      }
      double h = word.prefHeight(w);
      if (place) {
        word.resizeRelocate(snappedLeftInset() + x, snappedTopInset() + y, w, h);
      }
      x += w + GAP;
      line = Math.max(line, h);
    }
    return y + line;
  }

  private double wordsWidth() {
    double width = 0;
    for (Label word : shown()) {
      width += word.prefWidth(-1) + GAP;
    }
    return Math.max(0, width - GAP);
  }

  private double lineHeight() {
    double height = 0;
    for (Label word : shown()) {
      height = Math.max(height, word.prefHeight(-1));
    }
    return height;
  }

  /** The words that take room: an empty lock note takes none. */
  private List<Label> shown() {
    return words.stream().filter(word -> word.isManaged() && !word.getText().isEmpty()).toList();
  }

  private double innerWidth(double width) {
    return width - snappedLeftInset() - snappedRightInset();
  }
}
