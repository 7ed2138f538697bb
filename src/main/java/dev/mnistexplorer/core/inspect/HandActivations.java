package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.network.Activation;

/**
 * The activation functions written out in plain Java, as the tutorial writes its own sigmoid, and
 * their derivatives for backpropagation by hand. They follow PyTorch's definitions: GELU is the
 * exact one, {@code 0.5·x·(1 + erf(x/√2))} ({@code approximate='none'}), and the derivative of ReLU
 * at 0 is 0, as autograd's.
 */
final class HandActivations {
  private static final double SQRT_HALF = Math.sqrt(0.5);
  private static final double TWO_OVER_SQRT_PI = 2 / Math.sqrt(Math.PI);
  private static final double ONE_OVER_SQRT_2PI = 1 / Math.sqrt(2 * Math.PI);
  private static final double SERIES_LIMIT = 2.5;
  private static final int FRACTION_TERMS = 60;

  private HandActivations() {}

  /** {@code activation(x)}. */
  static double apply(Activation activation, double x) {
    return switch (activation) {
      case SIGMOID -> 1 / (1 + Math.exp(-x));
      case TANH -> Math.tanh(x);
      case RELU -> x > 0 ? x : 0;
      case LEAKY_RELU -> x > 0 ? x : Activation.LEAKY_RELU_SLOPE * x;
      case GELU -> 0.5 * x * erfc(-x * SQRT_HALF);
      case IDENTITY -> x;
    };
  }

  /** The derivative at {@code x}, given {@code y = apply(activation, x)}. */
  static double derivative(Activation activation, double x, double y) {
    return switch (activation) {
      case SIGMOID -> y * (1 - y);
      case TANH -> 1 - y * y;
      case RELU -> x > 0 ? 1 : 0;
      case LEAKY_RELU -> x > 0 ? 1 : Activation.LEAKY_RELU_SLOPE;
      case GELU -> 0.5 * erfc(-x * SQRT_HALF) + x * ONE_OVER_SQRT_2PI * Math.exp(-0.5 * x * x);
      case IDENTITY -> 1;
    };
  }

  /** The error function, to about 1e-15 (Java has none). */
  static double erf(double x) {
    return Math.abs(x) < SERIES_LIMIT ? erfSeries(x) : Math.signum(x) * (1 - erfcFraction(x));
  }

  /** {@code 1 - erf(x)}, without the cancellation of computing it that way for large x. */
  static double erfc(double x) {
    if (Math.abs(x) < SERIES_LIMIT) {
      return 1 - erfSeries(x);
    }
    return x > 0 ? erfcFraction(x) : 2 - erfcFraction(-x);
  }

  /** Maclaurin series: 2/√π Σ (-1)ⁿ x²ⁿ⁺¹ / (n! (2n+1)); terms stay small for |x| < 2.5. */
  private static double erfSeries(double x) {
    double term = x;
    double sum = x;
    double square = x * x;
    for (int n = 1; n < 200; n++) {
      term *= -square / n;
      double added = term / (2 * n + 1);
      sum += added;
      if (Math.abs(added) < 1e-17 * Math.abs(sum)) {
        break;
      }
    }
    return TWO_OVER_SQRT_PI * sum;
  }

  /**
   * Laplace's continued fraction for x ≥ 2.5: erfc(x) = e^(-x²)/√π · 1/(x + ½/(x + 1/(x + 3⁄2/(x +
   * …)))), evaluated from the tail.
   */
  private static double erfcFraction(double x) {
    double ax = Math.abs(x);
    double fraction = ax;
    for (int k = FRACTION_TERMS; k >= 1; k--) {
      fraction = ax + (k / 2.0) / fraction;
    }
    return Math.exp(-ax * ax) / (Math.sqrt(Math.PI) * fraction);
  }
}
