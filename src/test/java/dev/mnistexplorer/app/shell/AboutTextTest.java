package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class AboutTextTest {
  private static final AboutFacts STARTED =
      new AboutFacts(
          "1.2.3",
          "0.36.0",
          "2.7.1",
          "GPU 0 (NVIDIA H200)",
          "17.0.12",
          "21.0.5",
          Path.of("/home/ada/.config/mnist-explorer/settings.json"),
          Path.of("/home/ada/.local/share/mnist-explorer"));

  @Test
  void theDetailsNameEveryFactOnItsOwnLine() {
    assertThat(AboutText.details(STARTED).lines())
        .startsWith(
            "MNIST Explorer 1.2.3",
            "Licence: Apache-2.0",
            "Project: https://github.com/mnist-explorer/mnist-explorer",
            "DJL: 0.36.0",
            "PyTorch: 2.7.1",
            "Device: GPU 0 (NVIDIA H200)",
            "Java: 17.0.12",
            "JavaFX: 21.0.5",
            "Settings file: /home/ada/.config/mnist-explorer/settings.json",
            "Data folder: /home/ada/.local/share/mnist-explorer");
  }

  @Test
  void beforeTheEngineHasStartedTheVersionsAndDeviceSaySoInsteadOfNull() {
    AboutFacts starting =
        new AboutFacts("dev", null, null, "", null, null, Path.of("s.json"), Path.of("data"));

    String details = AboutText.details(starting);

    assertThat(details)
        .contains("DJL: not known until the engine has started")
        .contains("PyTorch: not known until the engine has started")
        .contains("Device: not known until the engine has started")
        .contains("Java: unknown")
        .doesNotContain("null");
    assertThat(AboutText.title(starting)).isEqualTo("MNIST Explorer dev");
  }
}
