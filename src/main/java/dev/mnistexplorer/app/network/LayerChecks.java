package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecValidator;
import dev.mnistexplorer.core.network.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the typed hidden layers into a {@link NetworkSpec}, putting every problem next to the field
 * it is about: the core's {@link Problem} names the layer and field, and the row shows the reason
 * without the layer ("units must be …").
 */
final class LayerChecks {
  private static final I18n TR = I18n.forPackageOf(LayerChecks.class);

  /** The builder offers dropout up to 0.9: beyond that almost nothing reaches the next layer. */
  static final float MAX_DROPOUT = 0.9f;

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
            .setError(
                TR.format(
                    "dropout must be between 0 and %s, got %s",
                    NumberText.of(MAX_DROPOUT), NumberText.of(dropout)));
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
    List<Problem> problems = NetworkSpecValidator.validate(spec);
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

  private static void mark(Problem problem, List<LayerDraft> drafts) {
    if (!problem.hasLayer()) {
      // Image size, outputs or parameters: not one row's fault, so the first layer's row says it.
      if (!drafts.isEmpty()) {
        drafts.get(0).units().addError(problem.text());
      }
      return;
    }
    LayerDraft draft = drafts.get(problem.layer() - 1);
    DraftField field = problem.field() == Problem.Field.DROPOUT ? draft.dropout() : draft.units();
    field.addError(problem.message());
  }
}
