package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.lessons.LessonsFeature;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window in German: every place visited once the bundled model and MNIST are loaded, and
 * every text a user reads or hears there (labels, tooltips, menus, tabs, prompts, accessible texts)
 * checked for English words ({@link EnglishTextFinder}). A failure lists the texts by the feature
 * package that shows them.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class GermanWindowJourneyTest {
  private final Locale systemBefore = Locale.getDefault();
  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    // As DesktopApp does: the app's words and JavaFX's own (a dialog's buttons) in German.
    I18n.useLocale(Locale.GERMAN);
    Locale.setDefault(Locale.GERMAN);
    opened = WholeWindow.open(stage, 1280, 720, Place.PREDICT);
  }

  @AfterEach
  void close() throws Exception {
    try {
      opened.close();
    } finally {
      I18n.useLocale(Locale.ENGLISH);
      Locale.setDefault(systemBefore);
    }
  }

  @Test
  void noPlaceMenuOrStatusTextIsLeftInEnglish(FxRobot robot) throws Exception {
    opened.started().handle((done, error) -> null).get(60, TimeUnit.SECONDS);
    EnglishTextFinder finder = new EnglishTextFinder();
    MainWindow window = opened.wired().window();
    for (Place place : Place.values()) {
      robot.interact(() -> window.show(place));
      WaitForAsyncUtils.waitForFxEvents();
      robot.interact(
          () -> finder.walk(window.frame().getCenter(), place.name().toLowerCase(Locale.ROOT)));
    }
    robot.interact(
        () -> {
          // The frame: menus, lesson bar, navigation, status bar (its message may be a place's).
          finder.walk(window.frame().getTop(), "shell");
          finder.walk(window.frame().getLeft(), "shell");
          finder.walk(window.frame().getBottom(), "shell (status bar)");
          // Help's dialogs, built but not shown. The shortcuts of the menus, the window and the
          // lessons only: the places keep their keys in static lists, translated when their class
          // is first used, which in a test run may have been in English (in the app the language
          // is chosen before any class of a place is loaded).
          ShellController controller = opened.wired().controller();
          MenuBar menus = (MenuBar) ((VBox) window.frame().getTop()).getChildren().get(0);
          List<KeyboardHelp.Group> groups =
              KeyboardHelp.groups(menus, List.of(), LessonsFeature.keys());
          finder.walk(HelpDialogs.shortcuts(null, groups).getDialogPane(), "shell (keyboard help)");
          finder.walk(
              HelpDialogs.about(null, AboutFacts.gather(controller.context(), opened.home()))
                  .getDialogPane(),
              "shell (about)");
        });

    Map<String, Set<String>> english = finder.found();
    assertThat(english)
        .as(
            "texts that still look English, by package:\n"
                + english.entrySet().stream()
                    .map(e -> e.getKey() + ":\n  " + String.join("\n  ", e.getValue()))
                    .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  @Test
  void theFinderTellsEnglishFromGermanAndData() {
    assertThat(EnglishTextFinder.looksEnglish("Draw a digit")).isTrue();
    assertThat(EnglishTextFinder.looksEnglish("_Open Model…")).isTrue();
    assertThat(EnglishTextFinder.looksEnglish("Engine starting…")).isTrue();
    assertThat(EnglishTextFinder.looksEnglish("Zeichne eine Ziffer")).isFalse();
    assertThat(EnglishTextFinder.looksEnglish("Training")).isFalse();
    assertThat(EnglishTextFinder.looksEnglish("Start")).isFalse();
    assertThat(EnglishTextFinder.looksEnglish("_Weight Decay")).isFalse();
    assertThat(EnglishTextFinder.looksEnglish("784-256-10 sigmoid, 98,60 % auf MNIST")).isFalse();
    assertThat(EnglishTextFinder.looksEnglish("/home/anna/my-network.mnx")).isFalse();
  }
}
