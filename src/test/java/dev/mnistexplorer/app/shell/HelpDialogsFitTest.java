package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Bounds;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Help dialogs in projector mode on small screens, in English and German: each fits the screen
 * it opens on, its buttons are on it and show their whole text, and the content wraps instead of
 * running off to the right.
 */
@ExtendWith(ApplicationExtension.class)
class HelpDialogsFitTest {
  private Stage owner;
  private Dialog<?> shown;

  @Start
  void start(Stage stage) {
    owner = stage;
    Scene scene = new Scene(new StackPane(), 1000, 700);
    Themes.apply(scene, false, true); // projector mode: twice the text
    stage.setScene(scene);
    stage.show();
  }

  @AfterEach
  void closeAndBackToEnglish() {
    WaitForAsyncUtils.asyncFx(
        () -> {
          if (shown != null) {
            shown.close();
          }
        });
    WaitForAsyncUtils.waitForFxEvents();
    I18n.useLocale(Locale.ENGLISH);
  }

  @ParameterizedTest
  @CsvSource({"1024, 768, en", "1280, 720, en", "1024, 768, de", "1280, 720, de"})
  void theShortcutsFitTheScreenAndTheirDescriptionsWrap(int width, int height, String language)
      throws Exception {
    Rectangle2D screen = use(width, height, language);
    DialogPane pane = show(() -> HelpDialogs.shortcuts(owner, groups(), screen));

    assertFits(pane, screen);
    ScrollPane scroll = (ScrollPane) pane.getContent();
    Node grid = scroll.getContent();
    assertThat(grid.getLayoutBounds().getWidth())
        .as("the grid is no wider than its viewport")
        .isLessThanOrEqualTo(scroll.getViewportBounds().getWidth() + 1);
    assertWhole(grid.lookupAll(".shortcut-keys"));
  }

  @ParameterizedTest
  @CsvSource({"1024, 768, en", "1280, 720, en", "1024, 768, de", "1280, 720, de"})
  void aboutFitsTheScreen(int width, int height, String language) throws Exception {
    Rectangle2D screen = use(width, height, language);
    AboutFacts facts =
        new AboutFacts(
            "0.1.0",
            "0.36.0",
            "2.7.1",
            "cpu()",
            "17.0.12",
            "21.0.5",
            Path.of("/home/teacher/.config/mnist-explorer/settings.json"),
            Path.of("/home/teacher/.local/share/mnist-explorer"));
    DialogPane pane = show(() -> HelpDialogs.about(owner, facts, screen));

    assertFits(pane, screen);
  }

  @ParameterizedTest
  @CsvSource({"1024, 768, en", "1280, 720, en", "1024, 768, de", "1280, 720, de"})
  void theNoticesFitTheScreenAndShowTheirIntroAndCopyAllWhole(
      int width, int height, String language) throws Exception {
    Rectangle2D screen = use(width, height, language);
    DialogPane pane = show(() -> new NoticesDialog(owner, NoticesText.bundled(), screen));

    assertFits(pane, screen);
    assertWhole(pane.getContent().lookupAll(".label"));
    assertWhole(pane.getContent().lookupAll(".button"));
  }

  private static Rectangle2D use(int width, int height, String language) {
    I18n.useLocale(Locale.forLanguageTag(language));
    return new Rectangle2D(0, 0, width, height);
  }

  private DialogPane show(Callable<Dialog<?>> dialog) throws Exception {
    shown = WaitForAsyncUtils.asyncFx(dialog).get();
    WaitForAsyncUtils.asyncFx(shown::show);
    WaitForAsyncUtils.waitForFxEvents();
    return shown.getDialogPane();
  }

  /** The dialog's window and its Close button lie on the screen; every button shows its text. */
  private static void assertFits(DialogPane pane, Rectangle2D screen) {
    var window = pane.getScene().getWindow();
    Rectangle2D bounds =
        new Rectangle2D(window.getX(), window.getY(), window.getWidth(), window.getHeight());
    assertThat(screen.contains(bounds)).as("%s on %s", bounds, screen).isTrue();
    Node close = pane.lookupButton(ButtonType.CLOSE);
    Bounds onScreen = close.localToScreen(close.getBoundsInLocal());
    assertThat(
            screen.contains(
                onScreen.getMinX(), onScreen.getMinY(), onScreen.getWidth(), onScreen.getHeight()))
        .as("Close at %s on %s", onScreen, screen)
        .isTrue();
    assertWhole(pane.lookupAll(".button-bar .button"));
  }

  /** Each labelled node shows all of its text: nothing cut to "…". */
  private static void assertWhole(java.util.Set<Node> nodes) {
    assertThat(nodes).isNotEmpty();
    for (Node node : nodes) {
      Labeled labeled = (Labeled) node;
      String text =
          labeled.isMnemonicParsing() ? labeled.getText().replace("_", "") : labeled.getText();
      Text drawn = (Text) labeled.lookup(".text");
      assertThat(drawn.getText()).as("what %s shows", text).isEqualTo(text);
    }
  }

  /** The window's keys and a place's longest description, as the real dialog lists them. */
  private static List<KeyboardHelp.Group> groups() {
    return List.of(
        new KeyboardHelp.Group("File menu", List.of(new PlaceKey("Ctrl+Shift+E", "Export"))),
        new KeyboardHelp.Group("Window", KeyboardHelp.windowKeys()),
        new KeyboardHelp.Group(
            "Dataset",
            List.of(
                new PlaceKey(
                    "Delete",
                    "in My digits: remove the selected digit (Enter confirms, Esc keeps it)"))));
  }
}
