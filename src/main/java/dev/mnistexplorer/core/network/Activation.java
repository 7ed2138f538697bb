package dev.mnistexplorer.core.network;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The activation functions a hidden layer can use, with the names the JSON and the CLI accept. */
public enum Activation {
  SIGMOID("sigmoid", "Sigmoid"),
  TANH("tanh", "Tanh"),
  RELU("relu", "ReLU"),
  LEAKY_RELU("leaky_relu", "Leaky ReLU"),
  GELU("gelu", "GELU"),
  IDENTITY("identity", "Identity");

  /** The slope PyTorch's {@code nn.LeakyReLU} uses by default. */
  public static final float LEAKY_RELU_SLOPE = 0.01f;

  private final String id;
  private final String displayName;

  Activation(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /** The lower-case name used in JSON and on the command line, e.g. {@code leaky_relu}. */
  public String id() {
    return id;
  }

  /** The name shown to people, e.g. "Leaky ReLU". */
  public String displayName() {
    return displayName;
  }

  /**
   * Parses an activation name, accepting the id, the enum name and common spellings ("leakyrelu",
   * "leaky-relu"), case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Activation parse(String text) {
    String key = text == null ? "" : text.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    for (Activation activation : values()) {
      if (activation.id.equals(key) || activation.id.replace("_", "").equals(key)) {
        return activation;
      }
    }
    throw new IllegalArgumentException(
        "unknown activation '" + text + "': expected one of " + acceptedNames());
  }

  /** The accepted names, comma-separated, for error messages and help. */
  public static String acceptedNames() {
    return Arrays.stream(values()).map(Activation::id).collect(Collectors.joining(", "));
  }
}
