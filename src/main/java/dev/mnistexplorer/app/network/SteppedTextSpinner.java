package dev.mnistexplorer.app.network;

import java.util.function.LongBinaryOperator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.util.StringConverter;

/**
 * An editable spinner over a {@link DraftField}'s text. The arrows (and the Up/Down keys) step
 * within a range, but whatever is typed stays as typed, "0" included, so the field can show why it
 * is wrong instead of quietly correcting it, as the standard integer spinner does.
 */
final class SteppedTextSpinner {

  /** Plus or minus one. */
  static final LongBinaryOperator BY_ONE = (value, steps) -> value + steps;

  /** To the next multiple of 16 up or down: 256 → 272, 256 → 240, 1 → 16. */
  static final LongBinaryOperator BY_SIXTEEN =
      (value, steps) -> steps > 0 ? (value / 16 + steps) * 16 : ((value + 15) / 16 + steps) * 16;

  /** Doubling or halving: 64 → 128, 64 → 32. */
  static final LongBinaryOperator DOUBLING =
      (value, steps) -> steps > 0 ? value << Math.min(steps, 20) : value >> Math.min(-steps, 20);

  private SteppedTextSpinner() {}

  static Spinner<String> of(DraftField field, long min, long max, LongBinaryOperator step) {
    Spinner<String> spinner = new Spinner<>();
    spinner.setValueFactory(new Factory(field, min, max, step));
    spinner.setEditable(true);
    spinner.getEditor().setText(field.text());
    spinner.getEditor().textProperty().addListener((o, old, text) -> field.setText(text));
    field
        .textProperty()
        .addListener(
            (o, old, text) -> {
              if (!text.equals(spinner.getEditor().getText())) {
                spinner.getEditor().setText(text);
              }
            });
    return spinner;
  }

  private static final class Factory extends SpinnerValueFactory<String> {
    private final DraftField field;
    private final long min;
    private final long max;
    private final LongBinaryOperator step;

    Factory(DraftField field, long min, long max, LongBinaryOperator step) {
      this.field = field;
      this.min = min;
      this.max = max;
      this.step = step;
      setConverter(
          new StringConverter<>() {
            @Override
            public String toString(String text) {
              return text == null ? field.text() : text;
            }

            @Override
            public String fromString(String text) {
              return text;
            }
          });
      setValue(field.text());
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
        current = Long.parseLong(field.text().trim());
      } catch (NumberFormatException e) {
        current = min;
      }
      long next = Math.max(min, Math.min(max, step.applyAsLong(current, steps)));
      String text = Long.toString(next);
      field.setText(text);
      setValue(text);
    }
  }
}
