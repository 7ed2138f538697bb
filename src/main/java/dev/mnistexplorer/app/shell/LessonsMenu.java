package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.KeyNames;
import dev.mnistexplorer.app.lessons.LessonsModel;
import dev.mnistexplorer.core.lesson.Lesson;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The Lessons menu: the bundled lessons, Open Lesson File…, stepping through the lesson in
 * progress, ending it, and lock mode. While lock mode is on, the items that would start another
 * lesson are hidden.
 */
final class LessonsMenu {
  private static final I18n TR = I18n.forPackageOf(LessonsMenu.class);
  private static final int FIXED_ITEMS = 8; // everything after the bundled lessons

  private LessonsMenu() {}

  /** The menu's title in the menu bar. */
  static String title() {
    return TR.tr("Lessons");
  }

  static Menu build(ShellController controller, LessonsModel lessons) {
    // No mnemonic: L, E, S, O and N are all taken by the places' own Alt+ keys, and two
    // mnemonics on one key only move the focus. F10 reaches the menu bar.
    Menu menu = new Menu(title());
    BooleanBinding noLesson = lessons.openProperty().not();
    BooleanBinding locked = lessons.lockedProperty().and(lessons.openProperty());
    MenuItem open =
        ShellMenus.item(
            TR.tr("Open Lesson _File…"),
            "Ctrl+Shift+O",
            MaterialDesignF.FOLDER_OPEN,
            controller::openLessonFile);
    open.visibleProperty().bind(locked.not());
    open.disableProperty().bind(locked);
    MenuItem next =
        ShellMenus.item(
            TR.tr("_Next Step"), "Alt+Right", MaterialDesignA.ARROW_RIGHT, lessons::next);
    next.disableProperty().bind(lessons.canNextProperty().not());
    MenuItem back =
        ShellMenus.item(
            TR.tr("_Previous Step"), "Alt+Left", MaterialDesignA.ARROW_LEFT, lessons::back);
    back.disableProperty().bind(lessons.canBackProperty().not());
    MenuItem end =
        ShellMenus.item(
            TR.tr("_End Lesson"),
            "Ctrl+Shift+L",
            MaterialDesignS.STOP_CIRCLE_OUTLINE,
            controller::endLesson);
    end.disableProperty().bind(noLesson);
    CheckMenuItem lock =
        Icons.on(new CheckMenuItem(TR.tr("Lock _Mode")), MaterialDesignL.LOCK_OUTLINE);
    lock.setAccelerator(KeyNames.shown(KeyCombination.keyCombination("Ctrl+L")));
    lock.disableProperty().bind(noLesson);
    lock.setOnAction(
        event -> {
          controller.toggleLessonLock();
          lock.setSelected(lessons.lockedProperty().get()); // the teacher may have cancelled
        });
    lessons.lockedProperty().addListener((o, was, now) -> lock.setSelected(now));
    menu.getItems()
        .addAll(
            new SeparatorMenuItem(),
            open,
            new SeparatorMenuItem(),
            next,
            back,
            end,
            new SeparatorMenuItem(),
            lock);
    fillBundled(menu, controller, lessons, locked);
    lessons
        .bundled()
        .addListener(
            (ListChangeListener<Lesson>) change -> fillBundled(menu, controller, lessons, locked));
    return menu;
  }

  /** One item per bundled lesson, before the fixed items. */
  private static void fillBundled(
      Menu menu, ShellController controller, LessonsModel lessons, BooleanBinding locked) {
    int bundledItems = menu.getItems().size() - FIXED_ITEMS;
    menu.getItems().remove(0, bundledItems);
    int number = 1;
    for (Lesson lesson : lessons.bundled()) {
      MenuItem item = new MenuItem("_" + number + "  " + lesson.title());
      Icons.on(item, MaterialDesignB.BOOK_OPEN_PAGE_VARIANT_OUTLINE);
      item.setOnAction(event -> controller.startLesson(lesson));
      item.visibleProperty().bind(locked.not());
      item.disableProperty().bind(locked);
      menu.getItems().add(number - 1, item);
      number++;
    }
  }
}
