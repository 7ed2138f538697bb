package dev.mnistexplorer.app.network;

import java.util.function.LongBinaryOperator;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * An editable spinner over a text. The arrows (and the Up/Down keys) step within a range, but
 * whatever is typed stays as typed, "0" included, so the field can show why it is wrong instead of
 * quietly correcting it, as the standard integer spinner does.
 */
final class SteppedTextSpinner extends Spinner<String> {

  /** Plus or minus one. */
  static final LongBinaryOperator BY_ONE = (value, steps) -> value + steps;

  /** To the next multiple of 16 up or down: 256 → 272, 256 → 240, 1 → 16. */
  static final LongBinaryOperator BY_SIXTEEN =
      (value, steps) -> steps > 0 ? (value / 16 + steps) * 16 : ((value + 15) / 16 + steps) * 16;

  /** Doubling or halving: 64 → 128, 64 → 32. */
  static final LongBinaryOperator DOUBLING =
      (value, steps) -> steps > 0 ? value << Math.min(steps, 20) : value >> Math.min(-steps, 20);

  private final StringProperty text = new SimpleStringProperty(this, "text", "");
  private final Factory factory;

  SteppedTextSpinner(long min, long max, LongBinaryOperator step) {
    factory = new Factory(text, min, max, step);
    setValueFactory(factory);
    setEditable(true);
    getEditor().textProperty().addListener((o, old, typed) -> text.set(typed));
    text.addListener(
        (o, old, now) -> {
          if (!now.equals(getEditor().getText())) {
            getEditor().setText(now);
          }
        });
  }

  /** The text as typed or stepped to. */
  StringProperty textProperty() {
    return text;
  }

  /** Shows and edits {@code source}; the spinner's value starts as its text now. */
  void bindText(StringProperty source) {
    factory.setValue(source.get());
    text.bindBidirectional(source);
  }

  private static final class Factory extends SpinnerValueFactory<String> {
    private final StringProperty text;
    private final long min;
    private final long max;
    private final LongBinaryOperator step;

    Factory(StringProperty text, long min, long max, LongBinaryOperator step) {
      this.text = text;
      this.min = min;
      this.max = max;
      this.step = step;
      setConverter(
          new StringConverter<>() {
            @Override
            public String toString(String value) {
              return value == null ? text.get() : value;
            }

            @Override
            public String fromString(String typed) {
              return typed;
            }
          });
      setValue(text.get());
    }

    @Override
    public void decrement(int steps) {
      move(-steps);
    }

    @Override
    public void increment(int steps) {
      move(steps);
    }

    private void move(int steps) {
      long current;
      try {
        current = Long.parseLong(text.get().trim());
      } catch (NumberFormatException e) {
        current = min;
      }
      long next = Math.max(min, Math.min(max, step.applyAsLong(current, steps)));
      String stepped = Long.toString(next);
      text.set(stepped);
      setValue(stepped);
    }
  }
}
