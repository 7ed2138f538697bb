package dev.mnistexplorer.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.core.training.TrainingConfig;
import org.junit.jupiter.api.Test;

class TrainingConfigJsonTest {

  @Test
  void aStopTargetRoundTrips() {
    TrainingConfig config = TrainingConfig.tutorial().withStopAt(0.97f, 3);

    JsonObject json = TrainingConfigJson.toJson(config);

    assertThat(TrainingConfigJson.fromJson(json)).isEqualTo(config);
  }

  @Test
  void noTargetWritesNoTargetFieldsSoOlderAppsReadTheFileAsBefore() {
    JsonObject json = TrainingConfigJson.toJson(TrainingConfig.tutorial());

    assertThat(json.has("stop_at_accuracy")).isFalse();
    assertThat(json.has("patience")).isFalse();
  }

  @Test
  void aFileWrittenBeforeStopAtExistedHasNoTarget() {
    // The settings block of a model file saved by the previous version.
    JsonObject old =
        JsonParser.parseString(
                "{\"optimizer\":\"sgd\",\"learning_rate\":0.1,\"momentum\":0.0,"
                    + "\"weight_decay\":0.0,\"batch_size\":64,\"epochs\":5,\"seed\":0,"
                    + "\"augment\":false,\"learning_rate_decay\":1.0}")
            .getAsJsonObject();

    TrainingConfig config = TrainingConfigJson.fromJson(old);

    assertThat(config.hasStopTarget()).isFalse();
    assertThat(config).isEqualTo(TrainingConfig.tutorial());
  }

  @Test
  void aTargetThatIsNotANumberIsRefused() {
    JsonObject json = TrainingConfigJson.toJson(TrainingConfig.tutorial());
    json.addProperty("patience", "soon");

    assertThatThrownBy(() -> TrainingConfigJson.fromJson(json))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("training settings");
  }
}
