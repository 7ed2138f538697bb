package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.inspect.HandNetwork;
import java.util.ArrayList;
import java.util.List;

/** Each compared run's answer for one drawing: plain Java forward passes, off the FX thread. */
final class RunAnswers {
  private static final I18n TR = I18n.forPackageOf(RunAnswers.class);

  private RunAnswers() {}

  /** Why a run shows no answer: nothing drawn yet. */
  static String noDrawing() {
    return TR.tr("Draw a digit on Predict (Ctrl+4) to see each run's answer");
  }

  /** Why a run shows no answer: its weights are gone. */
  static String notKept() {
    return TR.tr("Weights not kept (a run of an earlier session, or a failed run)");
  }

  /** One answer per run; {@code networks} holds null for a run whose weights were not kept. */
  static List<RunAnswer> of(List<String> names, List<HandNetwork> networks, SentDigit pad) {
    List<RunAnswer> answers = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      HandNetwork network = networks.get(i);
      if (network == null) {
        answers.add(new RunAnswer(names.get(i), i, null, notKept()));
      } else if (pad == null || pad.pixels().length != network.spec().inputs()) {
        answers.add(new RunAnswer(names.get(i), i, null, noDrawing()));
      } else {
        float[] probabilities = network.forward(pad.pixels()).probabilities();
        answers.add(new RunAnswer(names.get(i), i, probabilities, ""));
      }
    }
    return answers;
  }
}
