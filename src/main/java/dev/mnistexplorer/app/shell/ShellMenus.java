package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;
import java.nio.file.Path;
import java.util.function.Consumer;
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
 * screen) and Help. Every item has a keyboard shortcut; the actions are the {@link
 * ShellController}'s.
 */
final class ShellMenus {

  private ShellMenus() {}

  static MenuBar build(ShellController controller, ShellModel model) {
    MenuBar bar =
        new MenuBar(fileMenu(controller, model), viewMenu(controller, model), helpMenu(controller));
    bar.setUseSystemMenuBar(true);
    return bar;
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
        item("_About MNIST Explorer", null, controller::showAbout));
  }

  private static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyCombination.keyCombination(accelerator));
    }
    item.setOnAction(event -> action.run());
    return item;
  }
}
