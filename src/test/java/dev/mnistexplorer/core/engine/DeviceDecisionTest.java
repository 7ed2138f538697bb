package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DeviceDecisionTest {
  private static final List<String> H200 = List.of("NVIDIA H200");
  private static final List<String> NO_GPU = List.of();

  @Test
  void askingForTheCpuGivesTheCpuEvenWhenAGpuIsUsable() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.CPU, H200, true, 1);

    assertThat(decision).isEqualTo(new DeviceDecision(false, "CPU", ""));
  }

  @Test
  void autoWithNoGpuQuietlyUsesTheCpu() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.AUTO, NO_GPU, false, 0);

    assertThat(decision).isEqualTo(new DeviceDecision(false, "CPU", ""));
  }

  @Test
  void autoWithAGpuButOnlyTheCpuEngineUsesTheCpuAndSaysWhy() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.AUTO, H200, false, 0);

    assertThat(decision.useGpu()).isFalse();
    assertThat(decision.description()).isEqualTo("CPU");
    assertThat(decision.reason())
        .contains("GPU present")
        .contains("NVIDIA H200")
        .contains("CUDA engine not installed")
        .doesNotContain("GPU asked for");
  }

  @Test
  void askingForTheGpuWithNoGpuFallsBackToTheCpuAndSaysNoGpuWasFound() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.GPU, NO_GPU, false, 0);

    assertThat(decision.useGpu()).isFalse();
    assertThat(decision.description()).isEqualTo("CPU");
    assertThat(decision.reason()).contains("no NVIDIA GPU found").startsWith("GPU asked for: ");
  }

  @Test
  void askingForTheGpuWithAGpuButNoCudaEngineNamesTheMissingEngine() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.GPU, H200, false, 0);

    assertThat(decision.useGpu()).isFalse();
    assertThat(decision.reason())
        .startsWith("GPU asked for: ")
        .contains("CUDA engine not installed");
  }

  @Test
  void aGpuTheEngineCanSeeIsUsedOnAuto() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.AUTO, H200, true, 1);

    assertThat(decision).isEqualTo(new DeviceDecision(true, "GPU 0 (NVIDIA H200)", ""));
  }

  @Test
  void aGpuTheEngineCanSeeIsUsedWhenAskedFor() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.GPU, H200, true, 2);

    assertThat(decision.useGpu()).isTrue();
    assertThat(decision.description()).isEqualTo("GPU 0 (NVIDIA H200)");
  }

  @Test
  void aCudaEngineWithoutAnyGpuSaysSo() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.AUTO, NO_GPU, true, 0);

    assertThat(decision.useGpu()).isFalse();
    assertThat(decision.reason()).contains("CUDA engine installed, but no NVIDIA GPU found");
  }

  @Test
  void aCudaEngineThatCannotSeeAPresentGpuPointsAtTheDriver() {
    DeviceDecision decision = DeviceDecision.decide(DeviceRequest.AUTO, H200, true, 0);

    assertThat(decision.useGpu()).isFalse();
    assertThat(decision.reason()).contains("driver");
  }

  @Test
  void deviceRequestsParseInAnyCaseAndRejectOthersNamingTheChoices() {
    assertThat(DeviceRequest.parse(" Gpu ")).isEqualTo(DeviceRequest.GPU);
    assertThat(DeviceRequest.parse("AUTO")).isEqualTo(DeviceRequest.AUTO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> DeviceRequest.parse("tpu"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("auto, cpu or gpu");
  }
}
