package dev.mnistexplorer.app.common;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/** Turns exceptions from background work into one readable sentence for the UI. */
public final class UiErrors {

  private UiErrors() {}

  /** The innermost meaningful message, without wrapper exceptions' noise. */
  public static String message(Throwable error) {
    Throwable cause = error;
    while ((cause instanceof CompletionException || cause instanceof ExecutionException)
        && cause.getCause() != null) {
      cause = cause.getCause();
    }
    String text = cause.getMessage();
    return text == null || text.isBlank() ? cause.getClass().getSimpleName() : text;
  }
}
