package dev.mnistexplorer.app.shell;

import static dev.mnistexplorer.core.lesson.LessonControl.MODEL_FILES;

import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.core.lesson.LessonControl;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/**
 * The menu bar: File (model files, Export to PyTorch), View (places, theme, projector mode, full
 * screen), Lessons ({@link LessonsMenu}) and Help. Every item has a keyboard shortcut; the actions
 * are the {@link ShellController}'s.
 */
final class ShellMenus {

  private ShellMenus() {}

  static MenuBar build(ShellController controller, ShellModel model, LessonsModel lessons) {
    Menu file = fileMenu(controller, model);
    Menu view = viewMenu(controller, model);
    // Lock mode: the model file commands would discard the lesson's network; the other places
    // would take the class elsewhere.
    ObservableValue<Set<LessonControl>> hidden = lessons.hiddenProperty();
    file.getItems().stream().limit(4).forEach(item -> hideWhen(item, hidden, MODEL_FILES));
    for (Place place : Place.values()) {
      hideWhen(view.getItems().get(place.ordinal()), hidden, LessonControl.valueOf(place.name()));
    }
    MenuBar bar =
        new MenuBar(file, view, LessonsMenu.build(controller, lessons), helpMenu(controller));
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  /** Hidden and disabled (so its shortcut does nothing) while lock mode hides {@code control}. */
  static void hideWhen(
      MenuItem item, ObservableValue<Set<LessonControl>> hidden, LessonControl control) {
    BooleanBinding locked =
        Bindings.createBooleanBinding(() -> hidden.getValue().contains(control), hidden);
    item.visibleProperty().bind(locked.not());
    if (!(item instanceof Menu)) { // Open Recent sets its own disable (empty or not)
      item.disableProperty().bind(locked);
    }
  }

  private static Menu fileMenu(ShellController controller, ShellModel model) {
    Menu recent = new Menu("Open _Recent");
    fillRecent(recent, model, controller::openModel);
    model
        .recentModels()
        .addListener(
            (ListChangeListener<String>)
                change -> fillRecent(recent, model, controller::openModel));
    return new Menu(
        "_File",
        null,
        item("_New Model", "Ctrl+N", controller::newModel),
        item("_Open Model…", "Ctrl+O", controller::chooseAndOpen),
        recent,
        item("Open _Pretrained Model", null, controller::openPretrained),
        item("_Save Model", "Ctrl+S", controller::save),
        item("Save Model _As…", "Ctrl+Shift+S", controller::saveAs),
        new SeparatorMenuItem(),
        exportItem(controller),
        new SeparatorMenuItem(),
        item("_Quit", "Ctrl+Q", controller::quit));
  }

  /** Export to PyTorch…: only while there is a network to export. */
  private static MenuItem exportItem(ShellController controller) {
    MenuItem export =
        item("_Export to PyTorch…", "Ctrl+Shift+E", controller::chooseAndExportToPyTorch);
    export.disableProperty().bind(controller.context().state().modelProperty().isNull());
    return export;
  }

  private static void fillRecent(Menu recent, ShellModel model, Consumer<Path> open) {
    recent.getItems().clear();
    for (String file : model.recentModels()) {
      MenuItem item = new MenuItem(file);
      item.setMnemonicParsing(false);
      item.setOnAction(event -> open.accept(Path.of(file)));
      recent.getItems().add(item);
    }
    recent.setDisable(recent.getItems().isEmpty());
  }

  private static Menu viewMenu(ShellController controller, ShellModel model) {
    Menu view = new Menu("_View");
    for (Place place : Place.values()) {
      MenuItem item = new MenuItem(place.title());
      item.setAccelerator(place.shortcut());
      item.setOnAction(event -> controller.show(place));
      view.getItems().add(item);
    }
    CheckMenuItem dark = new CheckMenuItem("_Dark Theme");
    dark.setAccelerator(KeyCombination.keyCombination("Ctrl+Shift+D"));
    dark.selectedProperty().bindBidirectional(model.darkProperty());
    CheckMenuItem projector = new CheckMenuItem("_Projector Mode");
    projector.setAccelerator(new KeyCodeCombination(KeyCode.F5));
    projector.selectedProperty().bindBidirectional(model.projectorProperty());
    MenuItem fullScreen = item("_Full Screen", "F11", controller::toggleFullScreen);
    view.getItems().addAll(new SeparatorMenuItem(), dark, projector, fullScreen);
    return view;
  }

  private static Menu helpMenu(ShellController controller) {
    return new Menu(
        "_Help",
        null,
        item("_Keyboard Shortcuts", "F1", controller::showShortcuts),
        item("_Licences and Notices…", null, controller::showNotices),
        item("_About MNIST Explorer", null, controller::showAbout));
  }

  static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(event -> action.run());
    return item;
  }
}
