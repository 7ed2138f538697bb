package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GpuDetectorTest {

  @Test
  void nvidiaSmiListingGivesOneNamePerGpuWithoutTheUuid() {
    String output =
        "GPU 0: NVIDIA H200 (UUID: GPU-8d6c2f1e-0000-1111-2222-333344445555)\n"
            + "GPU 1: NVIDIA GeForce RTX 4090 (UUID: GPU-12345678-aaaa-bbbb-cccc-ddddeeeeffff)\n";

    assertThat(GpuDetector.parseNvidiaSmiList(output))
        .containsExactly("NVIDIA H200", "NVIDIA GeForce RTX 4090");
  }

  @Test
  void nvidiaSmiMigLinesAndWindowsLineEndsAreHandled() {
    String output =
        "GPU 0: NVIDIA A100-SXM4-80GB (UUID: GPU-aaaa)\r\n"
            + "  MIG 1g.10gb     Device  0: (UUID: MIG-bbbb)\r\n"
            + "  MIG 1g.10gb     Device  1: (UUID: MIG-cccc)\r\n";

    assertThat(GpuDetector.parseNvidiaSmiList(output)).containsExactly("NVIDIA A100-SXM4-80GB");
  }

  @Test
  void nvidiaSmiSayingThereAreNoDevicesGivesNoGpus() {
    assertThat(GpuDetector.parseNvidiaSmiList("No devices were found\n")).isEmpty();
    assertThat(GpuDetector.parseNvidiaSmiList("")).isEmpty();
  }

  @Test
  void procInformationFilesGiveTheModelNames(@TempDir Path gpus) throws IOException {
    writeInformation(
        gpus.resolve("0000:17:00.0"),
        "Model: \t\t NVIDIA H200\nIRQ:   \t\t 123\nGPU UUID: \t GPU-1234\nBus Type: \t PCIe\n");
    writeInformation(gpus.resolve("0000:65:00.0"), "Model: \t\t NVIDIA L4\nIRQ: \t\t 77\n");

    assertThat(GpuDetector.fromProcFiles(gpus))
        .containsExactlyInAnyOrder("NVIDIA H200", "NVIDIA L4");
  }

  @Test
  void aProcInformationFileWithoutAModelLineStillCountsAsAGpu(@TempDir Path gpus)
      throws IOException {
    writeInformation(gpus.resolve("0000:01:00.0"), "IRQ: 12\n");

    assertThat(GpuDetector.fromProcFiles(gpus)).containsExactly("NVIDIA GPU");
  }

  @Test
  void aMissingProcFolderMeansNoGpus(@TempDir Path dir) {
    assertThat(GpuDetector.fromProcFiles(dir.resolve("no-such-folder"))).isEmpty();
  }

  @Test
  void aGpuFolderWithoutAnInformationFileIsSkipped(@TempDir Path gpus) throws IOException {
    Files.createDirectories(gpus.resolve("0000:01:00.0"));

    assertThat(GpuDetector.fromProcFiles(gpus)).isEmpty();
  }

  private static void writeInformation(Path gpuDir, String text) throws IOException {
    Files.createDirectories(gpuDir);
    Files.writeString(gpuDir.resolve("information"), text);
  }
}
