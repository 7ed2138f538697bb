package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * A place whose view and controller are made the first time it is shown (Help lists its keys
 * without making it) rather than before the window appears: building all six places took about as
 * long as starting JavaFX itself, and most sessions visit two or three of them. The place's model
 * is made up front by {@link AppAssembly}, so state and commands exist from the start, and each
 * controller shows its model's current state when it is made. FX thread only.
 */
final class PlaceOnFirstVisit implements Feature {
  private final Place place;
  private final Supplier<? extends Feature> build;
  private final Supplier<List<PlaceKey>> keys;
  private Feature built;

  /**
   * @param keys the place's keys, listed without building it (Help ▸ Keyboard Shortcuts)
   */
  PlaceOnFirstVisit(Place place, Supplier<? extends Feature> build, Supplier<List<PlaceKey>> keys) {
    this.place = place;
    this.build = build;
    this.keys = keys;
  }

  @Override
  public Place place() {
    return place;
  }

  @Override
  public Node view() {
    return feature().view();
  }

  @Override
  public void shown() {
    feature().shown();
  }

  @Override
  public List<PlaceKey> keys() {
    return keys.get(); // the place's own static lists, the same before and after it is built
  }

  /** Whether the place has been made yet. */
  boolean isBuilt() {
    return built != null;
  }

  /** The place itself, made now if it was not yet. */
  Feature feature() {
    if (built == null) {
      built = Objects.requireNonNull(build.get(), "place");
      if (built.place() != place) {
        throw new IllegalStateException(built.place() + " built for " + place);
      }
    }
    return built;
  }
}
