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
 * replacing the network, ask before discarding unsaved training). Made in two steps: {@link
 * #firstFrame}, which the window shows at once, then {@link #finish} once that frame is drawn. The
 * whole-window journeys build the same, in the same order, so a hand-off added here is tested
 * everywhere.
 */
final class WiredShell {
  private final Stage stage;
  private final AppAssembly assembly;
  private final MainWindow window;
  private final ShellModel model;
  private final ShellController controller;
  private final MenuBar menuBar;
  private final VBox top;
  private LessonsFeature lessons;

  private WiredShell(
      Stage stage,
      AppAssembly assembly,
      MainWindow window,
      ShellModel model,
      ShellController controller,
      MenuBar menuBar) {
    this.stage = stage;
    this.assembly = assembly;
    this.window = window;
    this.model = model;
    this.controller = controller;
    this.menuBar = menuBar;
    this.top = new VBox(menuBar);
    window.frame().setTop(top);
  }

  /**
   * What the window's first frame shows: the navigation, the status bar and the menu bar's titles.
   * {@link #finish} adds the rest a frame later, so the app's window appears sooner
   * (docs/BENCHMARKS.md, "A fast start").
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
    window.showZoom(shell.zoomProperty());
    return new WiredShell(stage, assembly, window, shell, controller, ShellMenus.titles());
  }

  /**
   * The rest, none of which the first frame shows: the places' models, the lessons (their bar is
   * hidden until one starts), the menus' items and accelerators, the tooltips, the GPU note (hidden
   * until the engine has started) and the list behind Help ▸ Keyboard Shortcuts. Before the engine
   * and MNIST start.
   *
   * @param cuda the settings' {@code cuda} value at start
   */
  void finish(String cuda) {
    if (lessons != null) {
      throw new IllegalStateException("the window was finished already");
    }
    assembly.models();
    lessons = new LessonsFeature(assembly.context(), new ShellLessonStage(assembly, window, model));
    controller.setLessons(lessons);
    window.hidePlacesWhenLocked(lessons.model().hiddenProperty());
    top.getChildren().add(lessons.bar());
    ShellMenus.fill(menuBar, controller, model, lessons.model());
    window.addTooltips();
    GpuFeature gpu =
        new GpuFeature(assembly.context(), stage, cuda, model::saveCuda, controller::quit);
    window.addStatusItem(gpu.statusItem());
    controller.setShortcuts(
        () -> KeyboardHelp.groups(menuBar, assembly.features().values(), LessonsFeature.keys()));
  }

  AppAssembly assembly() {
    return assembly;
  }

  MainWindow window() {
    return window;
  }

  ShellModel model() {
    return model;
  }

  ShellController controller() {
    return controller;
  }

  /** The lessons, once {@link #finish} has made them. */
  LessonsFeature lessons() {
    return lessons;
  }

  MenuBar menuBar() {
    return menuBar;
  }

  /** A place's own link to another place goes nowhere while lock mode hides that place. */
  private static void showUnlessLocked(MainWindow window, Place place) {
    if (!window.isHidden(place)) {
      window.show(place);
    }
  }
}
