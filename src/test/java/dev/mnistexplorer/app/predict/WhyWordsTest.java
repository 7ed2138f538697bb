package dev.mnistexplorer.app.predict;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.inspect.Attribution;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "Why this answer" in words: where the strongest pushes lie, for a listener. */
class WhyWordsTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void pixelsAreNamedByTheThirdOfThePictureTheyLieIn() {
    assertThat(WhyWords.region(0)).isEqualTo("top left");
    assertThat(WhyWords.region(27)).isEqualTo("top right");
    assertThat(WhyWords.region(14 * 28 + 14)).isEqualTo("centre");
    assertThat(WhyWords.region(27 * 28 + 27)).isEqualTo("bottom right");
    assertThat(WhyWords.region(20 * 28 + 1)).isEqualTo("bottom left");
  }

  @Test
  void theSpokenTextSaysWhereTheStrongestPushesLieAndTheLogit() {
    float[] contributions = new float[784];
    contributions[2 * 28 + 25] = 2f; // top right, towards
    contributions[25 * 28 + 3] = -1f; // bottom left, against
    Attribution why = new Attribution(7, 7, 8.31f, 0.9f, new float[784], contributions);
    assertThat(WhyWords.spoken(why, DIGITS))
        .isEqualTo(
            "Why 7: pixels that pushed towards 7 in orange, against in blue. Strongest push"
                + " towards it: top right; against it: bottom left. Logit of 7: 8.31; the ink adds"
                + " +1.00 (to first order)");
  }

  @Test
  void theSpokenTextIsGermanInGerman() {
    float[] contributions = new float[784];
    contributions[14 * 28 + 14] = 0.5f;
    Attribution why = new Attribution(3, 7, 1.5f, 0.1f, new float[784], contributions);
    I18n.useLocale(Locale.GERMAN);
    try {
      assertThat(WhyWords.spoken(why, DIGITS))
          .isEqualTo(
              "Warum nicht 3: Pixel, die für 3 sprechen, in Orange, dagegen in Blau. Am stärksten"
                  + " dafür: in der Mitte. Logit von 3: 1,50; die Tinte trägt +0,50 bei (1."
                  + " Ordnung)");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }
}
