package dev.mnistexplorer.app.common;

/**
 * Asks, before a command replaces the current network, whether its unsaved training may go. The
 * shell owns the question (the same dialog New, Open and Quit show) and hands it to the places
 * whose commands replace the network, such as Start training.
 */
@FunctionalInterface
public interface DiscardGuard {

  /**
   * True to go ahead: nothing unsaved, or the user saved or chose to discard it. {@code action},
   * already translated, completes "Save it before …?", e.g. "training a new network"; the German
   * question is "Möchtest du es speichern, bevor du …?", so its German ends on the verb in the "du"
   * form: "ein neues Netz trainierst".
   */
  boolean mayDiscard(String action);

  /** A guard that never asks (places used on their own, in tests). */
  static DiscardGuard never() {
    return action -> true;
  }
}
