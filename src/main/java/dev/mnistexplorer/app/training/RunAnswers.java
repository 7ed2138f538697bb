package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.inspect.HandNetwork;
import java.util.ArrayList;
import java.util.List;

/** Each compared run's answer for one drawing: plain Java forward passes, off the FX thread. */
final class RunAnswers {
  static final String NO_DRAWING = "Draw a digit on Predict (Ctrl+4) to see each run's answer";
  static final String NOT_KEPT = "Weights not kept (a run of an earlier session, or a failed run)";

  private RunAnswers() {}

  /** One answer per run; {@code networks} holds null for a run whose weights were not kept. */
  static List<RunAnswer> of(List<String> names, List<HandNetwork> networks, SentDigit pad) {
    List<RunAnswer> answers = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      HandNetwork network = networks.get(i);
      if (network == null) {
        answers.add(new RunAnswer(names.get(i), i, null, NOT_KEPT));
      } else if (pad == null || pad.pixels().length != network.spec().inputs()) {
        answers.add(new RunAnswer(names.get(i), i, null, NO_DRAWING));
      } else {
        float[] probabilities = network.forward(pad.pixels()).probabilities();
        answers.add(new RunAnswer(names.get(i), i, probabilities, ""));
      }
    }
    return answers;
  }
}
