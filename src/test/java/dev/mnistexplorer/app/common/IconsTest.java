package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A menu's items get their icons when the menu first opens; a menu's own icon shows at once. */
@ExtendWith(ApplicationExtension.class)
class IconsTest {

  @Start
  void start(Stage stage) {}

  @Test
  void aMenuItemsIconAppearsWhenItsMenuOpens() {
    Menu file = Icons.on(new Menu("File"), MaterialDesignF.FILE);
    MenuItem open = Icons.on(new MenuItem("Open"), MaterialDesignF.FOLDER_OPEN);
    file.getItems().add(open);
    MenuItem late = new MenuItem("Close");
    file.getItems().add(late);
    Icons.on(late, MaterialDesignC.CLOSE); // given its icon after joining the menu

    assertThat(file.getGraphic()).isInstanceOf(FontIcon.class);
    assertThat(open.getGraphic()).isNull();

    Event.fireEvent(file, new Event(Menu.ON_SHOWING));

    assertThat(((FontIcon) open.getGraphic()).getIconCode()).isEqualTo(MaterialDesignF.FOLDER_OPEN);
    assertThat(((FontIcon) late.getGraphic()).getIconCode()).isEqualTo(MaterialDesignC.CLOSE);
    assertThat(open.getGraphic().getStyleClass()).contains(Icons.STYLE_CLASS);
  }

  @Test
  void aPopupsItemsGetTheirIconsWhenItShows() {
    MenuItem zoom = Icons.on(new MenuItem("Zoom"), MaterialDesignM.MAGNIFY);
    ContextMenu popup = new ContextMenu(zoom);

    assertThat(zoom.getGraphic()).isNull();
    Event.fireEvent(popup, new WindowEvent(popup, WindowEvent.WINDOW_SHOWING));

    assertThat(((FontIcon) zoom.getGraphic()).getIconCode()).isEqualTo(MaterialDesignM.MAGNIFY);
  }
}
