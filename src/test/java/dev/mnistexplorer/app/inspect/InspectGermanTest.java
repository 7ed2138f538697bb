package dev.mnistexplorer.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.Stage;
import java.util.List;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** The Inspect place in German: stage names, figures with decimal commas, the answer. */
@ExtendWith(ApplicationExtension.class)
@ExtendWith(InGerman.class)
class InspectGermanTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  private static ForwardPass pass() {
    float[] classes = new float[10];
    classes[4] = 0.973f;
    classes[9] = 0.027f;
    return new ForwardPass(
        List.of(
            Stage.of("input", new int[] {2, 2}, new float[] {0, 1, 0.5f, 0}),
            Stage.of("flattened", new int[] {1, 4}, new float[] {0, 1, 0.5f, 0}),
            Stage.of("linear1", new int[] {1, 3}, new float[] {-3.21f, 4.1f, 0}),
            Stage.of("softmax", new int[] {1, 10}, classes)));
  }

  @Test
  void stagesAndTheirNumbersAreGerman() {
    Stage linear = pass().stage("linear1");

    assertThat(InspectText.title("linear1")).isEqualTo("W·x + b, Schicht 1");
    assertThat(InspectText.step(2, 4, "linear1")).isEqualTo("Schritt 3 von 4: W·x + b, Schicht 1");
    assertThat(InspectText.figures(linear)).isEqualTo("Min. −3,2100\nMax. 4,1000\nMittel 0,2967");
    assertThat(InspectText.valueAt(pass().stage("input"), 2, DIGITS))
        .isEqualTo("Pixel (Zeile 1, Spalte 0): 0,5000");
    assertThat(InspectText.formula(pass(), 1, false))
        .isEqualTo("Von Hand: x.view(1, 4): die Zeilen hintereinander");
  }

  @Test
  void theAnswerAndTheSourceAreGerman() {
    SentDigit sent = new SentDigit(new float[784], "MNIST, Testbild 12", 4);

    assertThat(InspectText.answer(pass(), DIGITS)).isEqualTo("Das Netz antwortet 4 (97,3 %)");
    assertThat(InspectText.source(sent, false, DIGITS)).isEqualTo("MNIST, Testbild 12, Label 4");
  }

  @Test
  void aScreenReaderHearsAStageInGerman() {
    assertThat(InspectText.accessibleText(pass().stage("softmax")))
        .isEqualTo(
            "Schritt Softmax, Form [1, 10], Min. 0,00, Max. 0,97;"
                + " 10 Werte als Balken von 0 nach oben oder unten");
  }

  @Test
  void aStageCardIsReadAsOneAndSaysItsKeys() {
    StageCard card = new StageCard(new SimpleDoubleProperty(1));

    assertThat(card.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.TEXT);
    assertThat(card.queryAccessibleAttribute(AccessibleAttribute.HELP))
        .asString()
        .startsWith("Links und Rechts wählen");
    assertThat(card.picture.queryAccessibleAttribute(AccessibleAttribute.ROLE))
        .isEqualTo(AccessibleRole.IMAGE_VIEW);
    assertThat(card.isFocusTraversable()).isTrue();
  }
}
