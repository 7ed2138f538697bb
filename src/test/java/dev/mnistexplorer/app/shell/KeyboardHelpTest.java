package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.PlaceKey;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.layout.Pane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The generated help over a menu bar built here: accelerators found at any depth, places' keys. */
@ExtendWith(ApplicationExtension.class)
class KeyboardHelpTest {

  @Test
  void mnemonicUnderscoresAreDroppedAndADoubledOneStays() {
    assertThat(KeyboardHelp.plainText("_Open Model…")).isEqualTo("Open Model…");
    assertThat(KeyboardHelp.plainText("Export PN_G…")).isEqualTo("Export PNG…");
    assertThat(KeyboardHelp.plainText("my__file")).isEqualTo("my_file");
    assertThat(KeyboardHelp.plainText(null)).isEmpty();
  }

  @Test
  void everyAcceleratorIsListedUnderItsMenuSubmenusIncludedAndItemsWithoutOneAreNot() {
    MenuItem recent = new MenuItem("/tmp/a.mnx"); // no accelerator: not a shortcut
    Menu nested = new Menu("_More", null, ShellMenus.item("_Deep Item", "Ctrl+Shift+K", () -> {}));
    Menu file =
        new Menu(
            "_File",
            null,
            ShellMenus.item("_Open Model…", "Ctrl+O", () -> {}),
            new Menu("Open _Recent", null, recent),
            nested,
            new SeparatorMenuItem(),
            ShellMenus.item("_Quit", "Ctrl+Q", () -> {}));
    Menu empty = new Menu("_Empty", null, ShellMenus.item("Nothing", null, () -> {}));
    MenuBar bar = new MenuBar(file, empty);

    List<KeyboardHelp.Group> groups =
        KeyboardHelp.groups(bar, List.of(place(Place.PREDICT, "Ctrl+Z", "undo")), List.of());

    assertThat(groups.get(0))
        .isEqualTo(
            new KeyboardHelp.Group(
                "File menu",
                List.of(
                    new PlaceKey("Ctrl+O", "Open Model…"),
                    new PlaceKey("Ctrl+Shift+K", "Deep Item"),
                    new PlaceKey("Ctrl+Q", "Quit"))));
    assertThat(groups).extracting(KeyboardHelp.Group::title).doesNotContain("Empty menu");
    assertThat(groups.get(groups.size() - 1))
        .isEqualTo(new KeyboardHelp.Group("Predict", List.of(new PlaceKey("Ctrl+Z", "undo"))));
    assertThat(KeyboardHelp.text(groups))
        .contains("File menu\n  Ctrl+O  Open Model…\n")
        .contains("Predict\n  Ctrl+Z  undo\n")
        .doesNotContain("a.mnx");
  }

  @Test
  void theZoomsSecondKeysAreAmongTheWindowsKeys() {
    assertThat(KeyboardHelp.windowKeys())
        .extracting(PlaceKey::keys)
        .contains("Ctrl++ / Ctrl+keypad +", "Ctrl+keypad −");
    assertThat(KeyboardHelp.windowKeys())
        .extracting(PlaceKey::what)
        .contains("zoom in, as Ctrl+=", "zoom out, as Ctrl+-");
  }

  @Test
  void theLessonsKeysGetTheirOwnGroupAfterThePlaces() {
    List<KeyboardHelp.Group> groups =
        KeyboardHelp.groups(
            new MenuBar(), List.of(), List.of(new PlaceKey("Page Down", "next step")));

    assertThat(groups)
        .extracting(KeyboardHelp.Group::title)
        .containsExactly("Window", "Lessons (while one is open)");
  }

  private static Feature place(Place which, String keys, String what) {
    Pane view = new Pane();
    return new Feature() {
      @Override
      public Place place() {
        return which;
      }

      @Override
      public Node view() {
        return view;
      }

      @Override
      public List<PlaceKey> keys() {
        return new ArrayList<>(List.of(new PlaceKey(keys, what)));
      }
    };
  }
}
