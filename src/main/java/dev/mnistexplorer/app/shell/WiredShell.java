package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.WindowIcons;
import dev.mnistexplorer.app.gpu.GpuFeature;
import dev.mnistexplorer.app.lessons.LessonsFeature;
import dev.mnistexplorer.core.service.ModelService;
import javafx.application.Platform;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The main window's parts wired together the one way the app runs them: the places, the shell's
 * model and controller, the menus, and the hand-offs between them (stop training before closing or
 * replacing the network, ask before discarding unsaved training). The whole-window journeys build
 * the same, so a hand-off added here is tested everywhere.
 */
record WiredShell(
    AppAssembly assembly,
    MainWindow window,
    ShellModel model,
    ShellController controller,
    LessonsFeature lessons,
    MenuBar menuBar) {

  /** The whole window at once (the journeys). */
  static WiredShell wire(
      Stage stage, ModelService models, SettingsStore store, AppSettings settings) {
    WiredShell wired = firstFrame(stage, models, store, settings);
    wired.finish(stage, settings.cuda());
    return wired;
  }

  /**
   * What the window's first frame needs: the places (built on first visit), the navigation, the
   * status bar and the menu bar's titles. {@link #finish} adds the rest a frame later, so the app's
   * window appears sooner (docs/BENCHMARKS.md, "A fast start").
   */
  static WiredShell firstFrame(
      Stage stage, ModelService models, SettingsStore store, AppSettings settings) {
    MainWindow[] holder = new MainWindow[1];
    AppAssembly assembly =
        new AppAssembly(models, Platform::runLater, place -> showUnlessLocked(holder[0], place));
    MainWindow window = new MainWindow(assembly.context(), assembly.features());
    WindowIcons.onceRead(stage, assembly.context().io(), assembly.context().fx());
    holder[0] = window;
    ShellModel shell = new ShellModel(assembly.context(), store, settings);
    ShellController controller = new ShellController(stage, shell, window, assembly.context());
    controller.setBeforeClose(assembly::cancelTraining);
    controller.setTrainingStopper(assembly::stopTrainingRun);
    assembly.askBeforeDiscarding(controller::confirmDiscard);
    LessonsFeature lessons =
        new LessonsFeature(assembly.context(), new ShellLessonStage(assembly, window, shell));
    controller.setLessons(lessons);
    window.hidePlacesWhenLocked(lessons.model().hiddenProperty());
    window.showZoom(shell.zoomProperty());
    MenuBar menus = ShellMenus.titles();
    window.frame().setTop(new VBox(menus, lessons.bar()));
    return new WiredShell(assembly, window, shell, controller, lessons, menus);
  }

  /**
   * The rest, none of which the first frame shows: the menus' items and accelerators, the GPU note
   * (hidden until the engine has started) and the list behind Help ▸ Keyboard Shortcuts.
   *
   * @param cuda the settings' {@code cuda} value at start
   */
  void finish(Stage stage, String cuda) {
    ShellMenus.fill(menuBar, controller, model, lessons.model());
    GpuFeature gpu =
        new GpuFeature(assembly.context(), stage, cuda, model::saveCuda, controller::quit);
    window.addStatusItem(gpu.statusItem());
    controller.setShortcuts(
        () -> KeyboardHelp.groups(menuBar, assembly.features().values(), LessonsFeature.keys()));
  }

  /** A place's own link to another place goes nowhere while lock mode hides that place. */
  private static void showUnlessLocked(MainWindow window, Place place) {
    if (!window.isHidden(place)) {
      window.show(place);
    }
  }
}
