package dev.mnistexplorer.app.common;

import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.value.ObservableValue;

/**
 * How a controller shows one of its model's values in words: a binding that applies a place's text
 * function (e.g. {@code TrainingText::pauseButton}) to the value whenever it changes. Unlike {@code
 * ObservableValue.map}, the function also gets a null value, so it can say "loading…" for it.
 */
public final class TextBindings {
  private TextBindings() {}

  /** {@code text} applied to {@code source}'s value, now and on every change. */
  public static <T> StringBinding of(ObservableValue<T> source, Function<? super T, String> text) {
    return Bindings.createStringBinding(() -> text.apply(source.getValue()), source);
  }
}
