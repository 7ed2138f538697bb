package dev.mnistexplorer.core.lesson;

/**
 * A lesson file that cannot be used; the message names the file, the step and the field, e.g.
 * {@code lesson.json: step 2: network: hidden layer 1: unknown activation 'sigmoyd'}.
 */
public final class LessonException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  public LessonException(String message) {
    super(message);
  }
}
