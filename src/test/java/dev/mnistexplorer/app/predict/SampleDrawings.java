package dev.mnistexplorer.app.predict;

import java.util.List;

/** Digits drawn as strokes, as a person might on the pad. */
final class SampleDrawings {

  private SampleDrawings() {}

  /** A "7": a top bar and a long diagonal with a slight bend. */
  static List<PadStroke> seven() {
    return List.of(
        PadStroke.through(
            0.30f, 0.24f, 0.50f, 0.235f, 0.70f, 0.24f, 0.64f, 0.40f, 0.56f, 0.58f, 0.50f, 0.78f));
  }

  /** A "1": one vertical stroke. */
  static List<PadStroke> one() {
    return List.of(PadStroke.through(0.50f, 0.20f, 0.50f, 0.50f, 0.50f, 0.80f));
  }
}
