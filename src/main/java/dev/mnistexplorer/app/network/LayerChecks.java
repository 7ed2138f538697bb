package dev.mnistexplorer.app.network;

import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecValidator;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the typed hidden layers into a {@link NetworkSpec}, putting every problem next to the field
 * it is about: the core's messages name the layer ("hidden layer 2: units must be …"), the row
 * shows the rest ("units must be …").
 */
final class LayerChecks {
  /** The builder offers dropout up to 0.9: beyond that almost nothing reaches the next layer. */
  static final float MAX_DROPOUT = 0.9f;

  private static final String PREFIX = "hidden layer ";

  private LayerChecks() {}

  /** The spec, or null after marking every wrong field. */
  static NetworkSpec check(List<LayerDraft> drafts, NetworkSpec frame) {
    List<LayerSpec> hidden = new ArrayList<>();
    boolean parsed = true;
    for (LayerDraft draft : drafts) {
      draft.units().setError("");
      draft.dropout().setError("");
      Long units = draft.units().parseWhole();
      Float dropout = draft.dropout().parseNumber();
      if (dropout != null && !(dropout >= 0f && dropout <= MAX_DROPOUT)) {
        draft
            .dropout()
            .setError("dropout must be between 0 and " + MAX_DROPOUT + ", got " + dropout);
      }
      if (units == null || draft.dropout().hasError()) {
        parsed = false;
        continue;
      }
      int clamped = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, units));
      hidden.add(new LayerSpec(clamped, draft.activationProperty().get(), dropout));
    }
    if (!parsed) {
      return null;
    }
    NetworkSpec spec =
        new NetworkSpec(frame.imageRows(), frame.imageCols(), hidden, frame.outputs());
    List<String> problems = NetworkSpecValidator.problems(spec);
    problems.forEach(problem -> mark(problem, drafts));
    return problems.isEmpty() ? spec : null;
  }

  /** The layer's units when they are valid, else {@code fallback}. */
  static int unitsOr(LayerDraft draft, int fallback) {
    try {
      int units = Integer.parseInt(draft.units().text().trim());
      return units >= 1 && units <= NetworkSpec.MAX_UNITS ? units : fallback;
    } catch (NumberFormatException e) {
      return fallback;
    }
  }

  private static void mark(String problem, List<LayerDraft> drafts) {
    if (!problem.startsWith(PREFIX)) {
      // Image size or outputs: they come from the dataset, so the first layer's row says it.
      if (!drafts.isEmpty()) {
        drafts.get(0).units().addError(problem);
      }
      return;
    }
    int colon = problem.indexOf(':');
    int index = Integer.parseInt(problem.substring(PREFIX.length(), colon)) - 1;
    String reason = problem.substring(colon + 1).trim();
    LayerDraft draft = drafts.get(index);
    (reason.startsWith("dropout") ? draft.dropout() : draft.units()).addError(reason);
  }
}
