package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.shell.AppDriver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import javafx.animation.PauseTransition;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.util.Duration;
import javax.imageio.ImageIO;

/**
 * {@code --screenshots DIR}: renders each main place of the real app, in a representative state, to
 * PNG files, then quits. {@link ScreenshotStates} puts each place into that state through its
 * model's commands: a drawn digit, a short training run, an evaluation.
 */
final class ScreenshotRunner {
  /**
   * A picture to take: the place, whether in projector mode, the file name, and whether to put the
   * bundled pretrained model back first (the training shot leaves a briefly trained one).
   */
  record Shot(Place place, boolean projector, String file, boolean bundledModel) {}

  static final List<Shot> SHOTS =
      List.of(
          new Shot(Place.DATASET, false, "1-dataset.png", false),
          new Shot(Place.NETWORK, false, "2-network.png", false),
          new Shot(Place.TRAIN, false, "3-training.png", false),
          new Shot(Place.PREDICT, false, "4-predict.png", true),
          new Shot(Place.EVALUATE, false, "5-evaluate.png", false),
          new Shot(Place.PREDICT, true, "6-predict-projector.png", false));

  private final Path folder;

  ScreenshotRunner(Path folder) {
    this.folder = folder;
  }

  /**
   * Takes every shot in turn once the app is ready; completes when all are written or after
   * reporting why not.
   */
  CompletableFuture<Void> run(AppDriver app) {
    CompletableFuture<Void> chain = app.ready().handle((value, error) -> null);
    Executor fx = app.context().fx();
    for (Shot shot : SHOTS) {
      chain = chain.thenComposeAsync(ignored -> take(app, shot), fx);
    }
    return chain.handle(
        (done, error) -> {
          if (error != null) {
            System.err.println("error: screenshots failed: " + error.getMessage());
          }
          return null;
        });
  }

  private CompletableFuture<Void> take(AppDriver app, Shot shot) {
    CompletableFuture<?> model =
        shot.bundledModel() ? app.openBundledModel() : CompletableFuture.completedFuture(null);
    Executor fx = app.context().fx();
    return model.handle((value, error) -> null).thenComposeAsync(ignored -> capture(app, shot), fx);
  }

  private CompletableFuture<Void> capture(AppDriver app, Shot shot) {
    Executor fx = app.context().fx();
    app.setProjector(shot.projector());
    app.show(shot.place());
    return new ScreenshotStates(app)
        .prepare(shot.place())
        .orTimeout(180, TimeUnit.SECONDS)
        .handle((value, error) -> error == null ? "" : error.toString())
        .thenComposeAsync(problem -> settle(), fx)
        .thenAcceptAsync(
            ignored -> write(app.scene().snapshot(null), folder.resolve(shot.file())), fx);
  }

  /** Lets layout, CSS and canvases catch up before the snapshot. */
  private CompletableFuture<Void> settle() {
    CompletableFuture<Void> done = new CompletableFuture<>();
    PauseTransition pause = new PauseTransition(Duration.millis(600));
    pause.setOnFinished(event -> done.complete(null));
    pause.play();
    return done;
  }

  private static void write(WritableImage image, Path file) {
    try {
      Files.createDirectories(file.getParent());
      ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("could not write " + file, e);
    }
  }
}
