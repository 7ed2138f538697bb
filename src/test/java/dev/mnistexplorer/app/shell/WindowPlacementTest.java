package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.shell.WindowPlacement.Box;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Where the main window opens on small, large, several and odd screens. */
class WindowPlacementTest {
  /** A 1280×720 laptop: the visual bounds leave room for a 27 px panel at the top. */
  private static final Box LAPTOP = new Box(0, 27, 1280, 693);

  private static final Box DESK = new Box(0, 0, 1920, 1050);
  private static final Box RIGHT = new Box(1920, 0, 1600, 1000);

  private static Box restore(double x, double y, double w, double h) {
    return WindowPlacement.restore(x, y, w, h, List.of(LAPTOP), LAPTOP);
  }

  private static void assertInside(Box window, Box screen) {
    assertThat(window.x()).isGreaterThanOrEqualTo(screen.x());
    assertThat(window.y()).isGreaterThanOrEqualTo(screen.y());
    assertThat(window.maxX()).isLessThanOrEqualTo(screen.maxX());
    assertThat(window.maxY()).isLessThanOrEqualTo(screen.maxY());
  }

  @Test
  void theFirstStartWindowTakesTheWholeVisibleAreaOfASmallLaptopScreen() {
    Box window = WindowPlacement.firstStart(LAPTOP);
    assertThat(window).isEqualTo(LAPTOP);
    assertInside(window, LAPTOP);
  }

  @Test
  void theFirstStartWindowIs1200By800CentredOnALargeScreen() {
    Box window = WindowPlacement.firstStart(DESK);
    assertThat(window).isEqualTo(new Box(360, 125, 1200, 800));
  }

  @Test
  void aMissingPositionGivesTheFirstStartWindowWhateverTheSavedSize() {
    assertThat(restore(Double.NaN, Double.NaN, 1200, 800))
        .isEqualTo(WindowPlacement.firstStart(LAPTOP));
    assertThat(restore(Double.NaN, 40, 1200, 800)).isEqualTo(WindowPlacement.firstStart(LAPTOP));
  }

  @Test
  void aSensibleSavedWindowIsKeptAsItWas() {
    assertThat(restore(100, 60, 900, 600)).isEqualTo(new Box(100, 60, 900, 600));
  }

  @Test
  void aWindowLargerThanTheScreenIsShrunkToTheScreen() {
    assertThat(restore(0, 0, 1200, 800)).isEqualTo(new Box(0, 27, 1200, 693));
    assertThat(restore(0, 0, 1e9, 1e9)).isEqualTo(LAPTOP);
  }

  @Test
  void missingOrAbsurdSizesGiveTheFirstStartSizeAtTheSavedPlace() {
    Box fallback = WindowPlacement.firstStart(LAPTOP);
    for (double bad : new double[] {0, -400, Double.NaN, Double.POSITIVE_INFINITY}) {
      Box window = restore(50, 40, bad, bad);
      assertThat(window.width()).as("width from %s", bad).isEqualTo(fallback.width());
      assertThat(window.height()).as("height from %s", bad).isEqualTo(fallback.height());
      assertInside(window, LAPTOP);
    }
  }

  @Test
  void aTinyWindowGrowsToTheSmallestUsefulSize() {
    Box window = restore(10, 40, 320, 200);
    assertThat(window.width()).isEqualTo(WindowPlacement.MIN_WIDTH);
    assertThat(window.height()).isEqualTo(WindowPlacement.MIN_HEIGHT);
    assertInside(window, LAPTOP);
  }

  @Test
  void offScreenAndNegativePositionsComeBackOntoTheScreen() {
    assertInside(restore(-5000, -5000, 800, 600), LAPTOP);
    assertInside(restore(1e12, 1e12, 800, 600), LAPTOP);
    assertInside(restore(1200, 680, 800, 600), LAPTOP);
    assertThat(restore(-30, 0, 800, 600)).isEqualTo(new Box(0, 27, 800, 600));
  }

  @Test
  void aWindowStaysOnTheSecondScreenItWasOnClampedToThatScreen() {
    List<Box> screens = List.of(DESK, RIGHT);
    Box window = WindowPlacement.restore(3000, 100, 1400, 1200, screens, DESK);
    assertThat(window).isEqualTo(new Box(2120, 0, 1400, 1000));
  }

  @Test
  void aWindowOnAScreenThatIsGoneOpensOnThePrimaryScreen() {
    Box window = WindowPlacement.restore(3000, 100, 1000, 700, List.of(DESK), DESK);
    assertThat(window).isEqualTo(new Box(920, 100, 1000, 700));
  }

  @Test
  void onAScreenSmallerThanTheMinimumTheWindowIsTheWholeScreen() {
    Box tiny = new Box(0, 0, 640, 400);
    Box window = WindowPlacement.restore(0, 0, 320, 200, List.of(tiny), tiny);
    assertThat(window).isEqualTo(tiny);
    assertThat(WindowPlacement.minimum(tiny)).isEqualTo(new Box(0, 0, 640, 400));
  }
}
