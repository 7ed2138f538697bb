package dev.mnistexplorer.app.common;

import dev.mnistexplorer.core.ErrorMessages;

/**
 * Turns exceptions from background work into one readable sentence for the UI: the file and a plain
 * reason ("permission denied", "no internet connection"), never a Java class name.
 */
public final class UiErrors {

  private UiErrors() {}

  /**
   * The innermost meaningful message, without wrapper exceptions' noise (see {@link
   * ErrorMessages}).
   */
  public static String message(Throwable error) {
    return ErrorMessages.message(error);
  }
}
