package dev.mnistexplorer.app.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The rule that sizes the confusion matrix's counts to their cells. */
class CountFontTest {

  @Test
  void aShortCountInABigCellGetsTheFullSize() {
    assertThat(CountFont.fittingFontSize(80, 28, 0.6, 1.2)).isEqualTo(28);
  }

  @Test
  void aWideCountIsSizedSoItsWidthLeavesAMargin() {
    // "1135" in bold is about 2.6 font sizes wide: in a 38 px cell it gets about 12 px.
    double size = CountFont.fittingFontSize(38, 28, 2.6, 1.2);
    assertThat(size * 2.6).isCloseTo(38 * CountFont.CELL_SHARE, within(1e-9));
    assertThat(size * 2.6).isLessThan(38);
  }

  @Test
  void aFlatCellIsLimitedByTheTextHeight() {
    double size = CountFont.fittingFontSize(20, 28, 0.6, 1.2);
    assertThat(size * 1.2).isCloseTo(20 * CountFont.CELL_SHARE, within(1e-9));
  }

  @Test
  void noCellGivesNoText() {
    assertThat(CountFont.fittingFontSize(0, 28, 2.6, 1.2)).isZero();
  }
}
