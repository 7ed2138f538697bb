package dev.mnistexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.core.network.Activation;
import dev.mnistexplorer.core.network.LayerSpec;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated Python: the tutorial's shape and names, and nothing a class name can inject. */
class PyTorchSourceTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void theTutorialsNetworkIsWrittenAsTheTutorialWritesIt() {
    String source = PyTorchSource.network(NetworkSpec.tutorial(), DIGITS);

    assertThat(source)
        .startsWith(PyTorchSource.MARKER)
        .contains(
            "class Network(nn.Module):\n    def __init__(self):\n        super().__init__()\n")
        .contains(
            "        # Hidden layer: 784 inputs -> 256 units\n"
                + "        self.hidden = nn.Linear(784, 256)\n"
                + "        self.sigmoid = nn.Sigmoid()\n"
                + "        # Output layer: 256 inputs -> 10 units, one for each class\n"
                + "        self.output = nn.Linear(256, 10)\n"
                + "        self.softmax = nn.Softmax(dim=1)\n")
        .contains(
            "        x = self.hidden(x)\n"
                + "        x = self.sigmoid(x)\n"
                + "        x = self.output(x)\n"
                + "        x = self.softmax(x)\n"
                + "        return x\n")
        .contains("MEAN = 0.5\nSTD = 0.5\n")
        .contains("def load():")
        .contains("Path(__file__).parent / \"weights.npz\"");
  }

  @Test
  void withoutHiddenLayersTheModuleIsOneLinearLayerAndTheSoftmax() {
    assertThat(TorchModules.of(NetworkSpec.mnist(List.of())))
        .extracting(TorchModules.Module::name)
        .containsExactly("output", "softmax");
    assertThat(TorchModules.linearNames(NetworkSpec.mnist(List.of()))).containsExactly("output");
  }

  @Test
  void severalHiddenLayersAreNumberedAndDropoutFollowsItsActivation() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(new LayerSpec(128, Activation.RELU, 0.2f), LayerSpec.of(64, Activation.TANH)));

    assertThat(TorchModules.of(spec))
        .extracting(TorchModules.Module::constructor)
        .containsExactly(
            "nn.Linear(784, 128)",
            "nn.ReLU()",
            "nn.Dropout(p=0.2)",
            "nn.Linear(128, 64)",
            "nn.Tanh()",
            "nn.Linear(64, 10)",
            "nn.Softmax(dim=1)");
    assertThat(TorchModules.linearNames(spec)).containsExactly("hidden1", "hidden2", "output");
  }

  @Test
  void everyActivationTheAppOffersBecomesATorchModuleWithPyTorchsDefaults() {
    assertThat(List.of(Activation.values()))
        .extracting(TorchModules::module)
        .containsExactly(
            "nn.Sigmoid()",
            "nn.Tanh()",
            "nn.ReLU()",
            "nn.LeakyReLU(negative_slope=0.01)",
            "nn.GELU()",
            "nn.Identity()");
  }

  @Test
  void aClassNameFromAHostileModelFileStaysInsideItsStringLiteral() {
    String hostile = "7\"]\nimport os; os.system('rm -rf ~') #\\ é";

    String source = PyTorchSource.network(NetworkSpec.tutorial(), List.of(hostile, "b"));

    assertThat(source)
        .contains(
            "CLASSES = [\"7\\\"]\\u000aimport os; os.system('rm -rf ~') #\\\\ \\u00e9\", \"b\"]")
        .doesNotContain("\nimport os");
  }

  @Test
  void theExampleReadsAPngAsMnistDigitsAreAndPrintsTheAnswer() {
    assertThat(PyTorchSource.example())
        .contains("from network import CLASSES, IMAGE_SIZE, load, normalise")
        .contains(".convert(\"L\")")
        .contains("pixels = 1 - pixels")
        .contains("print(\"answer:\"");
  }
}
