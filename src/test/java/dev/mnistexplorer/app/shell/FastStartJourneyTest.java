package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.DjlTest;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.dataset.DatasetGrid;
import dev.mnistexplorer.app.predict.DrawingPad;
import dev.mnistexplorer.app.scripted.ScriptedModes;
import dev.mnistexplorer.core.engine.EngineSettings;
import dev.mnistexplorer.core.service.ModelService;
import java.io.IOException;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.ToggleButton;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What keeps the window's appearance quick: only the place it opens on is built before it is shown,
 * the others on first visit (and then showing what start-up loaded meanwhile); the app shows its
 * first place a pulse after the window and starts the background work a pulse after that; and the
 * first frame is painted in the theme's background rather than white.
 */
@DjlTest
@ExtendWith(ApplicationExtension.class)
class FastStartJourneyTest {
  private WholeWindow opened;

  @Start
  void start(Stage stage) throws IOException {
    opened = WholeWindow.open(stage, 1200, 800, Place.PREDICT);
  }

  @AfterEach
  void close() throws Exception {
    opened.close();
  }

  @Test
  void onlyThePlaceTheWindowOpensOnIsBuiltBeforeItIsShown() {
    assertThat(opened.wired().assembly().builtPlaces()).containsExactly(Place.PREDICT);
  }

  @Test
  void theWindowOpensWithThePadFocusedThoughPredictScrolls(FxRobot robot) {
    WaitForAsyncUtils.waitForFxEvents();
    assertThat(opened.scene().getFocusOwner()).isInstanceOf(DrawingPad.class);

    robot.interact(() -> opened.wired().window().show(Place.EVALUATE));
    // Evaluate is a scroll pane too; its matrix (package-private) takes the focus.
    assertThat(opened.scene().getFocusOwner().getClass().getSimpleName())
        .isEqualTo("ConfusionMatrixView");
  }

  @Test
  void helpListsEveryPlacesKeysWithoutBuildingThePlaces() {
    int keys =
        opened.wired().assembly().features().values().stream()
            .mapToInt(feature -> feature.keys().size())
            .sum();

    assertThat(keys).isGreaterThan(20);
    assertThat(opened.wired().assembly().builtPlaces()).containsExactly(Place.PREDICT);
  }

  @Test
  void aPlaceBuiltAfterStartUpShowsTheDatasetLoadedMeanwhile(FxRobot robot) throws Exception {
    opened.started().get(60, TimeUnit.SECONDS);
    WaitForAsyncUtils.waitForFxEvents();

    robot.interact(() -> opened.wired().window().show(Place.DATASET));
    WaitForAsyncUtils.waitForFxEvents();

    assertThat(opened.wired().assembly().builtPlaces())
        .isEqualTo(EnumSet.of(Place.PREDICT, Place.DATASET));
    DatasetGrid grid = robot.lookup(".dataset-grid").queryAs(DatasetGrid.class);
    assertThat(grid.digitsProperty().get()).isNotNull();
    assertThat(grid.digitsProperty().get().count()).isPositive();
  }

  @Test
  void theFirstFrameShowsTheMenuTitlesAndTheMenusFollowWithTheSameTitles() {
    MenuBar firstFrame = ShellMenus.titles();
    MenuBar filled = opened.wired().menuBar();

    assertThat(firstFrame.getMenus())
        .extracting(Menu::getText)
        .containsExactlyElementsOf(filled.getMenus().stream().map(Menu::getText).toList());
    assertThat(firstFrame.getMenus()).allMatch(menu -> menu.getItems().isEmpty());
    assertThat(filled.getMenus()).noneMatch(menu -> menu.getItems().isEmpty());
  }

  @Test
  void theFirstFrameLeavesThePlacesModelsTheLessonsAndTheTooltipsToTheNextFrame(FxRobot robot)
      throws IOException {
    SettingsStore store = new SettingsStore(opened.home().resolve("first-frame.json"));
    AppSettings settings = store.load();
    AtomicReference<WiredShell> wired = new AtomicReference<>();
    robot.interact(
        () ->
            wired.set(
                WiredShell.firstFrame(
                    new Stage(), new ModelService(EngineSettings.defaults()), store, settings)));
    WiredShell first = wired.get();

    try {
      assertThat(first.assembly().modelsMade()).isFalse();
      assertThat(first.lessons()).isNull();
      assertThat(first.window().root().lookup(".lesson-bar")).isNull();
      assertThat(navigationTooltips(first)).containsOnlyNulls().hasSize(Place.values().length);

      robot.interact(() -> first.finish(settings.cuda()));

      assertThat(first.assembly().modelsMade()).isTrue();
      assertThat(first.window().root().lookup(".lesson-bar")).isNotNull();
      assertThat(navigationTooltips(first))
          .doesNotContainNull()
          .contains("Draw a digit and see what the network answers (Ctrl+4)");
    } finally {
      first.assembly().close();
    }
  }

  private static List<String> navigationTooltips(WiredShell wired) {
    return wired.window().root().lookupAll(".navigation-button").stream()
        .map(button -> ((ToggleButton) button).getTooltip())
        .map(tip -> tip == null ? null : tip.getText())
        .toList();
  }

  @Test
  void theFirstPlaceFollowsTheWindowAndTheBackgroundStartUpFollowsThePlace(FxRobot robot)
      throws Exception {
    List<String> order = new CopyOnWriteArrayList<>();
    AtomicReference<CompletableFuture<Void>> ready = new AtomicReference<>();

    robot.interact(
        () -> {
          ready.set(
              Startup.fillIn(
                  opened.scene(),
                  () -> order.add("place"),
                  () -> {
                    order.add("begin");
                    return CompletableFuture.completedFuture(null);
                  }));
          order.add("shown");
        });

    ready.get().get(10, TimeUnit.SECONDS);
    assertThat(order).containsExactly("shown", "place", "begin");
  }

  @Test
  void theClassListRunVisitsEveryPlaceAndEnds(FxRobot robot) throws Exception {
    ScriptedRun visit = ScriptedModes.forArgs(new String[] {"--visit-and-quit"});
    AtomicReference<CompletableFuture<Void>> done = new AtomicReference<>();

    robot.interact(
        () ->
            done.set(
                visit.run(new WindowDriver(opened.scene(), opened.wired(), opened.started()))));

    done.get().get(60, TimeUnit.SECONDS);
    assertThat(opened.wired().assembly().builtPlaces()).isEqualTo(EnumSet.allOf(Place.class));
    assertThat(opened.wired().window().current()).isEqualTo(Place.PREDICT);
  }

  @Test
  void theSceneIsFilledWithTheThemesBackgroundBeforeAnythingIsPainted(FxRobot robot) {
    assertThat(opened.scene().getFill()).isEqualTo(Color.web("#f7f7f9"));

    robot.interact(() -> opened.wired().model().darkProperty().set(true));

    assertThat(opened.scene().getFill()).isEqualTo(Color.web("#17181c"));
    assertThat(Themes.background(true)).isNotEqualTo(Themes.background(false));
  }
}
