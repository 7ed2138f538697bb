package dev.mnistexplorer.app.shell;

import static dev.mnistexplorer.core.lesson.LessonControl.MODEL_FILES;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.KeyNames;
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
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignH;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignK;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * The menu bar: File (model files, Export to PyTorch), View (places, theme, projector mode, zoom,
 * language, full screen: {@link ViewMenus}), Lessons ({@link LessonsMenu}) and Help. Every command
 * has a keyboard shortcut or a mnemonic; the actions are the {@link ShellController}'s.
 */
final class ShellMenus {
  private static final I18n TR = I18n.forPackageOf(ShellMenus.class);

  private ShellMenus() {}

  /**
   * The menu bar's titles alone, for the window's first frame (the same words as {@link #build}'s,
   * so the bar does not move when {@link #fill} gives it its items a frame later).
   */
  static MenuBar titles() {
    MenuBar bar =
        new MenuBar(
            new Menu(TR.tr("_File")),
            new Menu(TR.tr("_View")),
            new Menu(LessonsMenu.title()),
            new Menu(TR.tr("_Help")));
    bar.setUseSystemMenuBar(true);
    return bar;
  }

  /** Puts the real menus, with their items and accelerators, into a bar made by {@link #titles}. */
  static void fill(
      MenuBar bar, ShellController controller, ShellModel model, LessonsModel lessons) {
    bar.getMenus().setAll(build(controller, model, lessons).getMenus());
  }

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
    Menu recent = Icons.on(new Menu(TR.tr("Open _Recent")), MaterialDesignH.HISTORY);
    fillRecent(recent, model, controller::openModel);
    model
        .recentModels()
        .addListener(
            (ListChangeListener<String>)
                change -> fillRecent(recent, model, controller::openModel));
    return new Menu(
        TR.tr("_File"),
        null,
        item(
            TR.tr("_New Model"), "Ctrl+N", MaterialDesignF.FILE_PLUS_OUTLINE, controller::newModel),
        item(
            TR.tr("_Open Model…"),
            "Ctrl+O",
            MaterialDesignF.FOLDER_OPEN,
            controller::chooseAndOpen),
        recent,
        item(
            TR.tr("Open _Pretrained Model"),
            null,
            MaterialDesignB.BRAIN,
            controller::openPretrained),
        item(TR.tr("_Save Model"), "Ctrl+S", MaterialDesignC.CONTENT_SAVE, controller::save),
        item(
            TR.tr("Save Model _As…"),
            "Ctrl+Shift+S",
            MaterialDesignC.CONTENT_SAVE_EDIT_OUTLINE,
            controller::saveAs),
        new SeparatorMenuItem(),
        exportItem(controller),
        new SeparatorMenuItem(),
        item(TR.tr("_Quit"), "Ctrl+Q", MaterialDesignE.EXIT_TO_APP, controller::quit));
  }

  /** Export to PyTorch…: only while there is a network to export. */
  private static MenuItem exportItem(ShellController controller) {
    MenuItem export =
        item(
            TR.tr("_Export to PyTorch…"),
            "Ctrl+Shift+E",
            MaterialDesignE.EXPORT,
            controller::chooseAndExportToPyTorch);
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
    Menu view = new Menu(TR.tr("_View"));
    for (Place place : Place.values()) {
      MenuItem item = Icons.on(new MenuItem(place.title()), PlaceIcons.of(place));
      item.setAccelerator(KeyNames.shown(place.shortcut()));
      item.setOnAction(event -> controller.show(place));
      view.getItems().add(item);
    }
    CheckMenuItem dark =
        Icons.on(new CheckMenuItem(TR.tr("_Dark Theme")), MaterialDesignT.THEME_LIGHT_DARK);
    dark.setAccelerator(KeyNames.shown(KeyCombination.keyCombination("Ctrl+Shift+D")));
    dark.selectedProperty().bindBidirectional(model.darkProperty());
    CheckMenuItem projector =
        Icons.on(new CheckMenuItem(TR.tr("_Projector Mode")), MaterialDesignP.PROJECTOR);
    projector.setAccelerator(KeyNames.shown(new KeyCodeCombination(KeyCode.F5)));
    projector.selectedProperty().bindBidirectional(model.projectorProperty());
    MenuItem fullScreen =
        item(
            TR.tr("_Full Screen"), "F11", MaterialDesignF.FULLSCREEN, controller::toggleFullScreen);
    view.getItems()
        .addAll(
            new SeparatorMenuItem(),
            dark,
            projector,
            ViewMenus.zoom(model),
            ViewMenus.language(controller, model),
            fullScreen);
    return view;
  }

  private static Menu helpMenu(ShellController controller) {
    return new Menu(
        TR.tr("_Help"),
        null,
        item(
            TR.tr("_Keyboard Shortcuts"),
            "F1",
            MaterialDesignK.KEYBOARD,
            controller::showShortcuts),
        item(
            TR.tr("_Licences and Notices…"),
            null,
            MaterialDesignS.SCALE_BALANCE,
            controller::showNotices),
        item(
            TR.tr("_About MNIST Explorer"),
            null,
            MaterialDesignI.INFORMATION_OUTLINE,
            controller::showAbout));
  }

  static MenuItem item(String text, String accelerator, Runnable action) {
    MenuItem item = new MenuItem(text);
    if (accelerator != null) {
      item.setAccelerator(KeyNames.shown(KeyCombination.keyCombination(accelerator)));
    }
    item.setOnAction(event -> action.run());
    return item;
  }

  /** {@link #item(String, String, Runnable)} with an icon. */
  static MenuItem item(String text, String accelerator, Ikon icon, Runnable action) {
    return Icons.on(item(text, accelerator, action), icon);
  }
}
