package dev.mnistexplorer.app.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.SentDigit;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.Stage;
import java.util.List;
import org.junit.jupiter.api.Test;

class InspectTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  /** The tutorial's stages with small made-up values: 2×2 images, 3 hidden units, 10 classes. */
  private static ForwardPass tutorialPass() {
    float[] classes = new float[10];
    classes[4] = 0.973f;
    classes[9] = 0.027f;
    return new ForwardPass(
        List.of(
            Stage.of("input", new int[] {2, 2}, new float[] {0, 1, 0.5f, 0}),
            Stage.of("normalised", new int[] {2, 2}, new float[] {-1, 1, 0, -1}),
            Stage.of("flattened", new int[] {1, 4}, new float[] {-1, 1, 0, -1}),
            Stage.of("linear1", new int[] {1, 3}, new float[] {-3.21f, 4.1f, 0}),
            Stage.of("sigmoid1", new int[] {1, 3}, new float[] {0.04f, 0.98f, 0.5f}),
            Stage.of("logits", new int[] {1, 10}, new float[10]),
            Stage.of("softmax", new int[] {1, 10}, classes)));
  }

  @Test
  void stagesAreNamedInWords() {
    assertThat(InspectText.title("input")).isEqualTo("input 28×28");
    assertThat(InspectText.title("linear1")).isEqualTo("W·x + b, layer 1");
    assertThat(InspectText.title("sigmoid1")).isEqualTo("sigmoid, layer 1");
    assertThat(InspectText.title("leaky_relu12")).isEqualTo("leaky relu, layer 12");
    assertThat(InspectText.title("logits")).isEqualTo("logits: W·x + b");
    assertThat(InspectText.title("softmax")).isEqualTo("softmax");
    assertThat(InspectText.step(3, 9, "linear1")).isEqualTo("Step 4 of 9: W·x + b, layer 1");
  }

  @Test
  void shapesAreWrittenThePyTorchWay() {
    assertThat(InspectText.shape(Stage.of("input", new int[] {28, 28}, new float[784])))
        .isEqualTo("[28, 28]");
    assertThat(InspectText.shape(Stage.of("linear1", new int[] {1, 256}, new float[256])))
        .isEqualTo("[1, 256]");
  }

  @Test
  void valuesHaveFourDecimalsAndARealMinusSign() {
    assertThat(InspectText.value(0.81234f)).isEqualTo("0.8123");
    assertThat(InspectText.value(-3.21f)).isEqualTo("−3.2100");
    assertThat(InspectText.value(0)).isEqualTo("0");
    assertThat(InspectText.value(2.4e-7f)).isEqualTo("2.40e-7");
    assertThat(InspectText.value(12345678f)).isEqualTo("1.23e7");
    assertThat(InspectText.scientific(2.4e-7f)).isEqualTo("2.4e-7");
    assertThat(InspectText.difference(2.4e-7f))
        .isEqualTo("max |Δ| between by hand and by layer: 2.4e-7");
    assertThat(InspectText.difference(0)).endsWith(": 0");
  }

  @Test
  void figuresGiveMinMaxAndMeanOneALine() {
    Stage stage = tutorialPass().stage("linear1");
    assertThat(InspectText.figures(stage)).isEqualTo("min −3.2100\nmax 4.1000\nmean 0.2967");
    assertThat(InspectText.accessibleText(stage))
        .isEqualTo(
            "Stage W·x + b, layer 1, shape [1, 3], min −3.21, max 4.10;"
                + " 3 values as bars up or down from 0");
    assertThat(InspectText.accessibleText(tutorialPass().stage("input")))
        .endsWith("4 values as a 2 × 2 grid: blue below 0, orange above");
  }

  @Test
  void theValueUnderThePointerSaysWhichCellItIs() {
    ForwardPass pass = tutorialPass();
    assertThat(InspectText.valueAt(pass.stage("input"), 2, DIGITS))
        .isEqualTo("pixel (row 1, column 0): 0.5000");
    assertThat(InspectText.valueAt(pass.stage("sigmoid1"), 1, DIGITS)).isEqualTo("unit 1: 0.9800");
    assertThat(InspectText.valueAt(pass.stage("softmax"), 4, DIGITS)).isEqualTo("class 4: 0.9730");
    assertThat(InspectText.valueAt(pass.stage("softmax"), -1, DIGITS))
        .isEqualTo(InspectText.pointAtACell());
  }

  @Test
  void formulasAreTheTutorialsCodeByHandAndTheModulesByLayer() {
    ForwardPass pass = tutorialPass();
    assertThat(InspectText.formula(pass, 3, false)).isEqualTo("By hand: torch.mm(x, w) + b");
    assertThat(InspectText.formula(pass, 3, true)).isEqualTo("By layer: nn.Linear(4, 3)");
    assertThat(InspectText.formula(pass, 4, false)).isEqualTo("By hand: 1 / (1 + exp(−x))");
    assertThat(InspectText.formula(pass, 4, true)).isEqualTo("By layer: nn.Sigmoid()");
    assertThat(InspectText.formula(pass, 5, true)).isEqualTo("By layer: nn.Linear(3, 10)");
    assertThat(InspectText.formula(pass, 6, false)).isEqualTo("By hand: exp(x) / sum(exp(x))");
    assertThat(InspectText.formula(pass, 2, false)).contains("x.view(1, 4)");
  }

  @Test
  void theSourceSaysWhereTheDigitComesFrom() {
    SentDigit sent = new SentDigit(new float[784], "MNIST test #12", 4);
    assertThat(InspectText.source(sent, false, DIGITS)).isEqualTo("MNIST test #12, labelled 4");
    assertThat(InspectText.source(sent, true, DIGITS)).isEqualTo(InspectText.followingPad());
    assertThat(InspectText.source(null, true, DIGITS)).isEqualTo(InspectText.noDigit());
    assertThat(InspectText.noDigit()).contains("Predict (Ctrl+4)");
  }

  @Test
  void theAnswerNamesTheMostProbableClass() {
    assertThat(InspectText.answer(tutorialPass(), DIGITS))
        .isEqualTo("The network answers 4 (97.3%)");
  }

  @Test
  void vectorsBecomeNearSquareGridsAndTheClassesBars() {
    assertThat(StageGrid.of(new int[] {28, 28})).isEqualTo(new StageGrid(28, 28, false));
    assertThat(StageGrid.of(new int[] {1, 784})).isEqualTo(new StageGrid(28, 28, false));
    assertThat(StageGrid.of(new int[] {1, 256})).isEqualTo(new StageGrid(16, 16, false));
    assertThat(StageGrid.of(new int[] {1, 4096})).isEqualTo(new StageGrid(64, 64, false));
    assertThat(StageGrid.of(new int[] {1, 128})).isEqualTo(new StageGrid(11, 12, false));
    assertThat(StageGrid.of(new int[] {1, 10})).isEqualTo(new StageGrid(1, 10, true));
    StageGrid partial = StageGrid.of(new int[] {1, 128});
    assertThat(partial.indexAt(10, 7, 128)).isEqualTo(127);
    assertThat(partial.indexAt(10, 8, 128)).isEqualTo(-1);
    assertThat(partial.indexAt(-1, 0, 128)).isEqualTo(-1);
  }
}
