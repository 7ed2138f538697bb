package dev.mnistexplorer.core.lesson;

/** Numbers in a lesson's error messages as a person wrote them: 2, not 2.0. */
final class LessonNumbers {

  private LessonNumbers() {}

  static String plain(double number) {
    return number == Math.rint(number) && Math.abs(number) < 1e15
        ? Long.toString((long) number)
        : Double.toString(number);
  }
}
