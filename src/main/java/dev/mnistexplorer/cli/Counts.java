package dev.mnistexplorer.cli;

import dev.mnistexplorer.core.engine.EngineSettings;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for whole-number options whose range is known, so that a value out of range is a usage
 * error (exit 2, one line with the reason) while the arguments are parsed, before any work starts,
 * rather than a failure from deep inside once the engine is loading.
 */
final class Counts {

  private Counts() {}

  static int parse(String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new TypeConversionException("'" + value + "' is not a whole number");
    }
  }

  /** 0 or more, e.g. {@code --limit} (0 means no limit). */
  static final class NonNegative implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int number = parse(value);
      if (number < 0) {
        throw new TypeConversionException(number + " is negative; expected 0 (no limit) or more");
      }
      return number;
    }
  }

  /** 1 or more, e.g. {@code --layer}. */
  static final class Positive implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int number = parse(value);
      if (number < 1) {
        throw new TypeConversionException(number + " is out of range; expected 1 or more");
      }
      return number;
    }
  }

  /** Pixels per weight in a picture, 1 to 64 ({@code --zoom}). */
  static final class Zoom implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int number = parse(value);
      if (number < 1 || number > 64) {
        throw new TypeConversionException(number + " is out of range; expected 1 to 64");
      }
      return number;
    }
  }

  /** libtorch thread counts, 1 to {@link EngineSettings#MAX_THREADS}. */
  static final class Threads implements ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      int number = parse(value);
      if (number < 1 || number > EngineSettings.MAX_THREADS) {
        throw new TypeConversionException(
            number + " is out of range; expected 1 to " + EngineSettings.MAX_THREADS);
      }
      return number;
    }
  }
}
