package dev.mnistexplorer.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CurvesCsvTest {

  @Test
  void everyPointOfEverySeriesIsOneRowInLongForm() {
    String csv =
        CurvesCsv.of(
            List.of(
                new CurvesCsv.Series(
                    "10:52 784-256-10 sigmoid · SGD 0.1",
                    "784-256-10 sigmoid",
                    "SGD 0.1",
                    "test accuracy %",
                    new RunCurve(new double[] {1, 2}, new double[] {91.25, 93.5})),
                new CurvesCsv.Series(
                    "b",
                    "784-256-10 relu",
                    "Adam 0.001",
                    "test accuracy %",
                    new RunCurve(new double[] {1}, new double[] {95}))));

    assertThat(csv)
        .isEqualTo(
            "run,network,optimizer,metric,epoch,value\n"
                + "10:52 784-256-10 sigmoid · SGD 0.1,784-256-10 sigmoid,SGD 0.1,test accuracy %,1,91.25\n"
                + "10:52 784-256-10 sigmoid · SGD 0.1,784-256-10 sigmoid,SGD 0.1,test accuracy %,2,93.5\n"
                + "b,784-256-10 relu,Adam 0.001,test accuracy %,1,95\n");
  }

  @Test
  void cellsWithCommasOrQuotesAreQuoted() {
    assertThat(CurvesCsv.cell("784-128-64-10 relu,relu")).isEqualTo("\"784-128-64-10 relu,relu\"");
    assertThat(CurvesCsv.cell("a \"b\"")).isEqualTo("\"a \"\"b\"\"\"");
    assertThat(CurvesCsv.cell("plain")).isEqualTo("plain");
  }

  @Test
  void numbersUseADotWhateverTheLocaleAndNaNIsEmpty() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      String csv =
          CurvesCsv.of(
              List.of(
                  new CurvesCsv.Series(
                      "r",
                      "n",
                      "o",
                      "training loss",
                      new RunCurve(new double[] {0.5, 1}, new double[] {0.123456, Double.NaN}))));
      assertThat(csv).endsWith("r,n,o,training loss,0.5,0.123456\nr,n,o,training loss,1,\n");
    } finally {
      Locale.setDefault(before);
    }
  }

  @Test
  void noSeriesGivesTheHeaderOnly() {
    assertThat(CurvesCsv.of(List.of())).isEqualTo(CurvesCsv.HEADER + "\n");
  }
}
