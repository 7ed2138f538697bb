package dev.mnistexplorer.app.common;

import java.util.List;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;

/**
 * Colour properties for the controls that paint on a canvas. A canvas has no CSS of its own, so
 * each such control declares its colours as styleable properties (set in its feature stylesheet
 * from the theme's looked-up tokens, e.g. {@code -bar-text: -app-text}) and repaints when the theme
 * changes them. The initial values are the light theme's, for a control shown without a stylesheet.
 *
 * @param <S> the control
 */
public final class ThemeColors<S extends Region> {
  private final StyleablePropertyFactory<S> factory =
      new StyleablePropertyFactory<>(Region.getClassCssMetaData());

  /**
   * A colour property named {@code css} in CSS ("-bar-text"); {@code property} gives the field it
   * is kept in (JavaFX finds an instance's property through it), {@code repaint} runs on change.
   */
  public StyleableProperty<Color> colour(
      S owner,
      String css,
      Function<S, StyleableProperty<Color>> property,
      Color initial,
      Runnable repaint) {
    StyleableProperty<Color> colour =
        factory.createStyleableColorProperty(owner, css.substring(1), css, property, initial);
    ((ObservableValue<?>) colour).addListener((obs, old, now) -> repaint.run());
    return colour;
  }

  /** The control's CSS properties: the region's and its colours. */
  public List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
    return factory.getCssMetaData();
  }
}
