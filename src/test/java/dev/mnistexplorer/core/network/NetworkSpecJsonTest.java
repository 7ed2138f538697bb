package dev.mnistexplorer.core.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class NetworkSpecJsonTest {

  @Test
  void aSpecSurvivesARoundTripThroughJson() {
    NetworkSpec spec =
        NetworkSpec.mnist(
            List.of(
                new LayerSpec(512, Activation.LEAKY_RELU, 0.25f),
                LayerSpec.of(128, Activation.GELU),
                LayerSpec.of(32, Activation.IDENTITY)));

    assertThat(NetworkSpecJson.read(NetworkSpecJson.write(spec))).isEqualTo(spec);
  }

  @Test
  void logisticRegressionSurvivesARoundTripThroughJson() {
    NetworkSpec spec = NetworkSpec.mnist(List.of());

    assertThat(NetworkSpecJson.read(NetworkSpecJson.write(spec))).isEqualTo(spec);
  }

  @Test
  void theJsonUsesTheDocumentedFieldNames() {
    assertThat(NetworkSpecJson.write(NetworkSpec.tutorial()))
        .isEqualTo(
            "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":256,\"activation\":\"sigmoid\","
                + "\"dropout\":0.0}],\"outputs\":10}");
  }

  @Test
  void dropoutMayBeLeftOut() {
    NetworkSpec spec =
        NetworkSpecJson.read(
            "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":64,\"activation\":\"ReLU\"}],"
                + "\"outputs\":10}");

    assertThat(spec.hidden()).containsExactly(LayerSpec.of(64, Activation.RELU));
  }

  @Test
  void aMissingActivationIsNamed() {
    String json = "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":64}],\"outputs\":10}";

    assertThatThrownBy(() -> NetworkSpecJson.read(json))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessage("hidden layer 1: missing 'activation'");
  }

  @Test
  void anUnknownActivationIsNamedWithTheLayer() {
    String json =
        "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":64,\"activation\":\"relu\"},"
            + "{\"units\":64,\"activation\":\"swish\"}],\"outputs\":10}";

    assertThatThrownBy(() -> NetworkSpecJson.read(json))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageStartingWith("hidden layer 2: ")
        .hasMessageContaining("unknown activation 'swish'");
  }

  @Test
  void unitsGivenAsAStringAreRejectedNamingTheField() {
    String json =
        "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":\"256\",\"activation\":\"relu\"}],"
            + "\"outputs\":10}";

    assertThatThrownBy(() -> NetworkSpecJson.read(json))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("hidden layer 1")
        .hasMessageContaining("'units'");
  }

  @Test
  void fractionalUnitsAreRejectedNamingTheValue() {
    String json =
        "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":2.5,\"activation\":\"relu\"}],"
            + "\"outputs\":10}";

    assertThatThrownBy(() -> NetworkSpecJson.read(json))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'units'")
        .hasMessageContaining("2.5");
  }

  @Test
  void aMissingHiddenListIsNamed() {
    assertThatThrownBy(() -> NetworkSpecJson.read("{\"rows\":28,\"cols\":28,\"outputs\":10}"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'hidden'");
  }

  @Test
  void aMissingOutputsFieldIsNamed() {
    assertThatThrownBy(() -> NetworkSpecJson.read("{\"rows\":28,\"cols\":28,\"hidden\":[]}"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("'outputs'");
  }

  @Test
  void readingValidatesTheSpec() {
    String json =
        "{\"rows\":28,\"cols\":28,\"hidden\":[{\"units\":0,\"activation\":\"relu\"}],"
            + "\"outputs\":10}";

    assertThatThrownBy(() -> NetworkSpecJson.read(json))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("hidden layer 1")
        .hasMessageContaining("got 0");
  }

  @Test
  void textThatIsNotJsonIsRejectedAsSuch() {
    assertThatThrownBy(() -> NetworkSpecJson.read("{\"rows\": 28,"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("not valid JSON");
    assertThatThrownBy(() -> NetworkSpecJson.read("[1,2]"))
        .isInstanceOf(InvalidSpecException.class)
        .hasMessageContaining("expected a JSON object");
  }
}
