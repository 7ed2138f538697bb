package dev.mnistexplorer.core.history;

/** How a recorded training run ended. */
public enum RunEnd {
  /** Every epoch it was asked for. */
  FINISHED("finished"),
  /** Stopped by the learner (Stop, Esc, closing the window). */
  STOPPED("stopped"),
  /** Ended by itself at its "stop at" target. */
  AT_TARGET("stopped at target"),
  /** The loss became NaN or infinite. */
  DIVERGED("diverged"),
  /** Any other failure. */
  FAILED("failed");

  private final String words;

  RunEnd(String words) {
    this.words = words;
  }

  /** How the app and the history file say it: "stopped at target". */
  public String words() {
    return words;
  }

  /** The run end for {@code text} as {@link #words()} or the constant's name writes it. */
  public static RunEnd parse(String text) {
    for (RunEnd end : values()) {
      if (end.words.equals(text) || end.name().equals(text)) {
        return end;
      }
    }
    throw new IllegalArgumentException("unknown run end '" + text + "'");
  }
}
