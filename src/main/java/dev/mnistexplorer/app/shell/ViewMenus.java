package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.KeyNames;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;

/**
 * View ▸ Zoom (in, out, actual size) and View ▸ Language (the system's, English, Deutsch), with the
 * zoom's second keys: Ctrl+= is the menu's, and Ctrl+Plus (a German keyboard's "+" key) and the
 * keypad's + and − do the same.
 */
final class ViewMenus {
  private static final I18n TR = I18n.forPackageOf(ViewMenus.class);

  /** The settings values of View ▸ Language's items, in menu order: the system's, then each. */
  static final List<String> LANGUAGE_CODES = List.of("", "en", "de");

  /** The zoom keys beside the menu's own accelerators (Help ▸ Keyboard Shortcuts lists them). */
  static final KeyCombination ZOOM_IN_PLUS =
      new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);

  /** Ctrl and "+" on a US keyboard: "+" is Shift+=, which Ctrl+= alone does not match. */
  static final KeyCombination ZOOM_IN_SHIFTED =
      new KeyCodeCombination(
          KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

  static final KeyCombination ZOOM_IN_KEYPAD =
      new KeyCodeCombination(KeyCode.ADD, KeyCombination.SHORTCUT_DOWN);
  static final KeyCombination ZOOM_OUT_KEYPAD =
      new KeyCodeCombination(KeyCode.SUBTRACT, KeyCombination.SHORTCUT_DOWN);

  private ViewMenus() {}

  static Menu zoom(ShellModel model) {
    MenuItem in =
        ShellMenus.item(
            TR.tr("Zoom _In"), null, MaterialDesignM.MAGNIFY_PLUS_OUTLINE, model::zoomIn);
    in.setAccelerator(
        KeyNames.shown(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)));
    MenuItem out =
        ShellMenus.item(
            TR.tr("Zoom _Out"), null, MaterialDesignM.MAGNIFY_MINUS_OUTLINE, model::zoomOut);
    out.setAccelerator(
        KeyNames.shown(new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN)));
    MenuItem actual =
        ShellMenus.item(
            TR.tr("_Actual Size"), null, MaterialDesignM.MAGNIFY_EXPAND, model::actualSize);
    actual.setAccelerator(
        KeyNames.shown(new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN)));
    in.disableProperty().bind(model.zoomProperty().greaterThanOrEqualTo(AppSettings.MAX_ZOOM));
    out.disableProperty().bind(model.zoomProperty().lessThanOrEqualTo(AppSettings.MIN_ZOOM));
    actual.disableProperty().bind(model.zoomProperty().isEqualTo(ZoomSteps.ACTUAL_SIZE));
    return Icons.on(new Menu(TR.tr("_Zoom"), null, in, out, actual), MaterialDesignM.MAGNIFY);
  }

  /** Ctrl+Plus and the keypad's keys, which a menu item (one accelerator each) cannot also have. */
  static void addZoomKeys(Scene scene, ShellModel model) {
    scene.getAccelerators().put(ZOOM_IN_PLUS, model::zoomIn);
    scene.getAccelerators().put(ZOOM_IN_SHIFTED, model::zoomIn);
    scene.getAccelerators().put(ZOOM_IN_KEYPAD, model::zoomIn);
    scene.getAccelerators().put(ZOOM_OUT_KEYPAD, model::zoomOut);
  }

  static Menu language(ShellController controller, ShellModel model) {
    Menu menu = Icons.on(new Menu(TR.tr("_Language")), MaterialDesignT.TRANSLATE);
    ToggleGroup group = new ToggleGroup();
    for (String code : LANGUAGE_CODES) {
      RadioMenuItem item = new RadioMenuItem(languageName(code));
      item.setMnemonicParsing(false);
      item.setToggleGroup(group);
      item.setSelected(code.equals(model.languageProperty().get()));
      item.setOnAction(event -> controller.chooseLanguage(code));
      menu.getItems().add(item);
    }
    return menu;
  }

  /**
   * "System (Deutsch)" for "", else the language's own name ("English", "Deutsch"): a reader looks
   * for their language's name as they write it, whatever the menu's language.
   */
  static String languageName(String code) {
    if (code.isEmpty()) {
      return TR.format("System (%s)", ownName(I18n.fromSetting("", systemLocale())));
    }
    return ownName(I18n.fromSetting(code, Locale.ENGLISH));
  }

  /**
   * The desktop's language. Not {@link Locale#getDefault()}: the app sets that to the UI's language
   * at start; the {@code user.language} property keeps what the JVM found.
   */
  static Locale systemLocale() {
    return Locale.forLanguageTag(System.getProperty("user.language", "en"));
  }

  private static String ownName(Locale language) {
    String name = language.getDisplayLanguage(language);
    return name.isEmpty()
        ? language.toString()
        : Character.toUpperCase(name.charAt(0)) + name.substring(1);
  }
}
