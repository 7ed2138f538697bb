package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.shell.AppDriver;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * {@code --visit-and-quit}: the installers' class-list run. It waits for start-up (engine, MNIST,
 * the bundled model), shows every place once, comes back to Predict and quits, so that the classes
 * a start and each first visit load are all in the class list the app's CDS archive is dumped from
 * (installers/linux/cds-archive.sh).
 */
final class VisitAndQuit {
  /** Long enough for a place's first pulses (CSS, layout, skins) on a slow build machine. */
  private static final double SETTLE_MS = 400;

  CompletableFuture<Void> run(AppDriver app) {
    Executor fx = app.context().fx();
    CompletableFuture<Void> chain =
        app.ready().handle((done, error) -> null).thenComposeAsync(done -> settle(), fx);
    for (Place place : Place.values()) {
      chain = chain.thenComposeAsync(done -> visit(app, place), fx);
    }
    return chain.thenComposeAsync(done -> visit(app, Place.PREDICT), fx);
  }

  private static CompletableFuture<Void> visit(AppDriver app, Place place) {
    app.show(place);
    return settle();
  }

  private static CompletableFuture<Void> settle() {
    return FrameLoop.settle(SETTLE_MS);
  }
}
