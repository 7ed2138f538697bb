package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.List;
import javafx.scene.Scene;

/**
 * Lessons for a class, as the shell sees them: the bar to put in the window and the commands of the
 * Lessons menu. Not a place: a lesson runs across the places through the shell's {@link
 * LessonStage}.
 */
public final class LessonsFeature {
  private final LessonsModel model;
  private final LessonBar bar = new LessonBar();
  private final LessonsController controller;

  public LessonsFeature(AppContext context, LessonStage stage) {
    this.model = new LessonsModel(context, stage);
    this.controller = new LessonsController(model, bar);
    model.loadBundled();
  }

  public LessonsModel model() {
    return model;
  }

  public LessonBar bar() {
    return bar;
  }

  /** Page Up / Page Down step through a lesson in this scene. */
  public void attach(Scene scene) {
    controller.attach(scene);
  }

  /** Asks for a lesson file and starts it (or explains why it cannot be used). */
  public void chooseAndOpen() {
    controller.chooseAndOpen();
  }

  /** Lock mode on, or off after a confirmation. */
  public void toggleLock() {
    controller.toggleLock();
  }

  /** Ends the lesson (after a confirmation in lock mode). */
  public void end() {
    controller.end();
  }

  /** The keys a lesson handles itself while it is open (its menu has the rest). */
  public static List<PlaceKey> keys() {
    return LessonsController.keys();
  }
}
