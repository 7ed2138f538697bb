package dev.mnistexplorer.app.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.LabeledImages;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DatasetTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static LabeledImages images(int count) {
    return new LabeledImages("x", 2, 2, new byte[count * 4], new byte[count]);
  }

  private static final Dataset DATASET = new Dataset("MNIST", DIGITS, images(1234), images(56));

  private static SelectedDigit digit(int label, String name, Split split) {
    return new SelectedDigit("MNIST", split, 1234, label, name, 2, 2, new int[] {0, 64, 128, 255});
  }

  @Test
  void menuTitleNamesTheDataset() {
    assertThat(DatasetText.menuTitle(null)).isEqualTo("Dataset");
    assertThat(DatasetText.menuTitle(DATASET)).isEqualTo("Dataset: MNIST");
  }

  @Test
  void splitButtonsCarryTheirMnemonicAndSize() {
    assertThat(DatasetText.splitButton(Split.TRAIN, null)).isEqualTo("_Training");
    assertThat(DatasetText.splitButton(Split.TEST, null)).isEqualTo("T_est");
    assertThat(DatasetText.splitButton(Split.TRAIN, DATASET)).isEqualTo("_Training (1,234)");
    assertThat(DatasetText.splitButton(Split.TEST, DATASET)).isEqualTo("T_est (56)");
  }

  @Test
  void labelChoiceNamesAClassOnlyWhereTheNameIsNotTheDigit() {
    List<String> fashion = List.of("T-shirt/top", "Trouser");
    assertThat(DatasetText.labelChoice(DIGITS, -1)).isEqualTo("All");
    assertThat(DatasetText.labelChoice(DIGITS, null)).isEqualTo("All");
    assertThat(DatasetText.labelChoice(DIGITS, 7)).isEqualTo("7");
    assertThat(DatasetText.labelChoice(fashion, 1)).isEqualTo("1 · Trouser");
    assertThat(DatasetText.labelChoice(fashion, 2)).isEqualTo("All");
  }

  @Test
  void countSaysHowManyAreShownOfHowMany() {
    assertThat(DatasetText.count(60000, 60000, Split.TRAIN)).isEqualTo("60,000 training images");
    assertThat(DatasetText.count(980, 10000, Split.TEST)).isEqualTo("980 of 10,000 test images");
  }

  @Test
  void selectedDigitTexts() {
    assertThat(DatasetText.digitTitle(digit(7, "7", Split.TRAIN)))
        .isEqualTo("Training image #1,234");
    assertThat(DatasetText.digitLabel(digit(7, "7", Split.TRAIN))).isEqualTo("Label 7");
    assertThat(DatasetText.digitLabel(digit(9, "Ankle boot", Split.TEST)))
        .isEqualTo("Label 9 · Ankle boot");
    assertThat(DatasetText.formula(true)).startsWith("Normalised: x′ = (x / 255 − 0.5) / 0.5");
    assertThat(DatasetText.formula(false)).startsWith("Raw bytes from the dataset file");
  }

  @Test
  void statisticsTitleNamesTheSplitAndCount() {
    assertThat(DatasetText.statisticsTitle(Split.TEST, 10000))
        .isEqualTo(
            "Images per class and the mean image of each class · Test split (10,000 images)");
  }

  @Test
  void pixelReadoutGivesRawAndNormalisedValueOrNothingOutside() {
    SelectedDigit digit = digit(7, "7", Split.TRAIN);
    assertThat(DatasetText.pixelReadout(digit, 1, 1))
        .isEqualTo("Row 1, column 1 (element 3): 255 → 1.00");
    assertThat(DatasetText.pixelReadout(digit, 0, 0))
        .isEqualTo("Row 0, column 0 (element 0): 0 → -1.00");
    assertThat(DatasetText.pixelReadout(digit, 2, 0)).isEmpty();
    assertThat(DatasetText.pixelReadout(digit, -1, 0)).isEmpty();
  }

  @Test
  void inkCentreIsTheCentreOfMassOrTheMiddleOfABlankImage() {
    assertThat(digit(7, "7", Split.TRAIN).inkCentre()).containsExactly(1, 1);
    SelectedDigit blank = new SelectedDigit("MNIST", Split.TRAIN, 0, 0, "0", 4, 6, new int[24]);
    assertThat(blank.inkCentre()).containsExactly(2, 3);
  }

  @Test
  void myDigitsSentencesCountAndUseTheRightArticle() {
    assertThat(DatasetText.deleted(8, 1)).isEqualTo("Deleted an 8 — 1 digit left in My digits");
    assertThat(DatasetText.confirmDelete(1234, 4))
        .isEqualTo("Delete digit #1,234 (a 4) from My digits?");
    assertThat(DatasetText.digits(12_000)).isEqualTo("12,000 digits");
    assertThat(DatasetText.fineTuneScores(null, null)).isEmpty();
    assertThat(
            DatasetText.fineTuneScores(
                new FineTuneModel.Scores(0.5f, 0.988f), new FineTuneModel.Scores(0.9f, 0.9812f)))
        .isEqualTo("Your digits 50.0% → 90.0% · MNIST test set 98.8% → 98.1%");
    assertThat(DatasetText.fineTuneScores(new FineTuneModel.Scores(0.5f, 0.988f), null))
        .isEqualTo("Before: your digits 50.0% · MNIST test set 98.8%");
  }

  @Test
  void inGermanTheWordsAndTheNumbersFollowTheLanguage() {
    I18n.useLocale(Locale.GERMAN);
    try {
      assertThat(DatasetText.count(60000, 60000, Split.TRAIN)).isEqualTo("60.000 Trainingsbilder");
      assertThat(DatasetText.count(980, 10000, Split.TEST)).isEqualTo("980 von 10.000 Testbildern");
      assertThat(DatasetText.splitButton(Split.TRAIN, DATASET))
          .isEqualTo("_Trainingsdaten (1.234)");
      assertThat(DatasetText.digitTitle(digit(7, "7", Split.TEST))).isEqualTo("Testbild Nr. 1.234");
      assertThat(DatasetText.pixelReadout(digit(7, "7", Split.TRAIN), 0, 1))
          .isEqualTo("Zeile 0, Spalte 1 (Element 1): 64 → -0,50");
      assertThat(
              DatasetText.fineTuneScores(
                  new FineTuneModel.Scores(0.5f, 0.986f), new FineTuneModel.Scores(0.9f, 0.9812f)))
          .isEqualTo("Deine Ziffern 50,0 % → 90,0 % · MNIST-Testdaten 98,6 % → 98,1 %");
      assertThat(DatasetText.deleted(8, 1))
          .isEqualTo("Gelöscht: eine 8 — noch 1 Ziffer in Meine Ziffern");
      assertThat(Split.TEST.title()).isEqualTo("Testdaten");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }
}
