package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.shell.AppDriver;
import dev.mnistexplorer.core.store.UserFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
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
   * A picture to take: the place, whether in projector mode, the file name, whether to put the
   * bundled pretrained model back first (the training shots leave another one), the state to put
   * the place in, and what to undo once the picture is taken.
   */
  record Shot(
      Place place,
      boolean projector,
      String file,
      boolean bundledModel,
      Function<ScreenshotStates, CompletableFuture<Void>> state,
      Function<ScreenshotStates, CompletableFuture<Void>> after) {

    Shot(
        Place place,
        boolean projector,
        String file,
        boolean bundledModel,
        Function<ScreenshotStates, CompletableFuture<Void>> state) {
      this(place, projector, file, bundledModel, state, states -> ScreenshotStates.DONE);
    }
  }

  static final List<Shot> SHOTS =
      List.of(
          new Shot(Place.DATASET, false, "1-dataset.png", false, ScreenshotStates::firstDigit),
          new Shot(Place.NETWORK, false, "2-network.png", false, ScreenshotStates::tutorial),
          new Shot(Place.TRAIN, false, "3-training.png", false, ScreenshotStates::shortRun),
          new Shot(Place.PREDICT, false, "4-predict.png", true, ScreenshotStates::drawnSeven),
          new Shot(Place.EVALUATE, false, "5-evaluate.png", false, ScreenshotStates::mostConfused),
          new Shot(
              Place.PREDICT, true, "6-predict-projector.png", false, ScreenshotStates::drawnSeven),
          new Shot(Place.INSPECT, false, "7-inspect.png", false, ScreenshotStates::forwardPass),
          new Shot(
              Place.INSPECT,
              false,
              "8-weights.png",
              false,
              ScreenshotStates::weightsWhileTraining,
              ScreenshotStates::stopTraining),
          new Shot(
              Place.PREDICT,
              false,
              "9-why.png",
              true,
              ScreenshotStates::whyThisAnswer,
              ScreenshotStates::whyOff),
          new Shot(
              Place.TRAIN, false, "10-compare.png", false, ScreenshotStates::sigmoidVersusRelu),
          new Shot(
              Place.DATASET,
              false,
              "11-my-digits.png",
              true,
              ScreenshotStates::myDigits,
              ScreenshotStates::myDigitsAfter),
          new Shot(
              Place.PREDICT,
              true,
              "12-lesson.png",
              false,
              ScreenshotStates::untrainedLesson,
              ScreenshotStates::endLesson));

  private final Path folder;

  ScreenshotRunner(Path folder) {
    this.folder = folder;
  }

  /**
   * Points the app's data folder (settings, run history, My digits) at a fresh temporary folder
   * before the app starts, so the digits and runs the screenshots make never reach the user's own
   * folder, and every run starts from the same defaults.
   */
  static void useTemporaryDataFolder() {
    try {
      Path home = Files.createTempDirectory("mnist-explorer-screenshots");
      System.setProperty(UserFolders.HOME_PROPERTY, home.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("could not create a temporary data folder", e);
    }
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
    ScreenshotStates states = new ScreenshotStates(app);
    return shot.state()
        .apply(states)
        .orTimeout(180, TimeUnit.SECONDS)
        .handle((value, error) -> error == null ? "" : error.toString())
        .thenComposeAsync(problem -> settle(), fx)
        .thenAcceptAsync(
            ignored -> write(app.scene().snapshot(null), folder.resolve(shot.file())), fx)
        .thenComposeAsync(ignored -> shot.after().apply(states), fx);
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
