package dev.mnistexplorer.app.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.engine.DeviceDecision;
import dev.mnistexplorer.core.engine.DeviceRequest;
import dev.mnistexplorer.core.engine.EngineInfo;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the status bar offers for each GPU and engine, with no FX toolkit running. */
class GpuOfferModelTest {
  private static final List<String> H200 = List.of("NVIDIA H200");

  private final GpuOfferModel offer = new GpuOfferModel();

  private static EngineInfo engine(
      List<String> gpus, boolean cuda, int engineGpus, String problem) {
    DeviceDecision device = DeviceDecision.decide(DeviceRequest.AUTO, gpus, cuda, engineGpus);
    return new EngineInfo(
        "0.36.0", "2.7.1", cuda ? "cu128" : "cpu", device, gpus, engineGpus, 1, 0.5, problem);
  }

  @AfterEach
  void english() {
    I18n.useLocale(Locale.ENGLISH);
  }

  @Test
  void noGpuAndTheCpuEngineOfferNothing() {
    offer.engineStarted(engine(List.of(), false, 0, ""));

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.NONE);
    assertThat(offer.messageProperty().get()).isEmpty();
  }

  @Test
  void aGpuBesideTheCpuEngineIsOfferedByName() {
    offer.engineStarted(engine(H200, false, 0, ""));

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.USE_GPU);
    assertThat(offer.messageProperty().get())
        .isEqualTo("GPU found (NVIDIA H200), the network runs on the CPU");
    assertThat(offer.gpuNameProperty().get()).isEqualTo("NVIDIA H200");
  }

  @Test
  void theCudaEngineOnTheGpuOffersTheWayBackToTheCpu() {
    offer.engineStarted(engine(H200, true, 1, ""));

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.ON_GPU);
    assertThat(offer.messageProperty().get()).isEqualTo("GPU engine");
  }

  @Test
  void aChosenCudaEngineThatFellBackSaysWhyEvenWithoutAGpu() {
    offer.engineStarted(engine(List.of(), false, 0, "/opt/x is not a CUDA libtorch: it lacks a"));

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.CUDA_FAILED);
    assertThat(offer.messageProperty().get()).contains("did not start");
    assertThat(offer.detailsProperty().get()).contains("/opt/x");
  }

  @Test
  void aCudaEngineThatSeesNoGpuSaysSoWithTheDevicesReason() {
    offer.engineStarted(engine(H200, true, 0, ""));

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.CUDA_FAILED);
    assertThat(offer.detailsProperty().get()).contains("CUDA runtime sees no GPU");
  }

  @Test
  void aSavedChoiceWaitsForTheRestart() {
    offer.engineStarted(engine(H200, false, 0, ""));

    offer.choiceSaved();

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.RESTART_PENDING);
    assertThat(offer.messageProperty().get()).contains("starts when the app starts again");
  }

  @Test
  void goingBackToTheCpuEngineAlsoWaitsForTheRestart() {
    offer.engineStarted(engine(List.of(), false, 0, "it lacks libc10.so"));

    offer.cpuChosen();

    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.RESTART_PENDING);
    assertThat(offer.messageProperty().get()).contains("CPU engine starts");
  }

  @Test
  void germanWordsAndNumbers() {
    I18n.useLocale(Locale.GERMAN);

    offer.engineStarted(engine(H200, false, 0, ""));

    assertThat(offer.messageProperty().get())
        .isEqualTo("GPU gefunden (NVIDIA H200), das Netz läuft auf der CPU");
    assertThat(GpuText.size(2_400_000_000L)).isEqualTo("2,4 GB");
    assertThat(GpuText.progress(1_200_000_000L, 2_400_000_000L))
        .isEqualTo("1,2 GB von 2,4 GB (50 %)");
  }

  @Test
  void aboutNamesTheReasonOnlyWhenTheGpuEngineFellBack() {
    assertThat(GpuText.aboutDevice("CPU", engine(H200, false, 0, ""))).isEqualTo("CPU");
    assertThat(GpuText.aboutDevice("CPU", engine(H200, false, 0, "it lacks libc10.so")))
        .isEqualTo("CPU (the GPU engine did not start: it lacks libc10.so)");
  }

  @Test
  void theSettingsValueNamesTheEngine() {
    var folders = new dev.mnistexplorer.core.store.UserFolders(java.nio.file.Path.of("/h"));
    assertThat(CudaChoice.source("", folders))
        .isEqualTo(dev.mnistexplorer.core.engine.CudaSource.none());
    assertThat(CudaChoice.source("download", folders))
        .isEqualTo(
            new dev.mnistexplorer.core.engine.CudaSource.Folder(
                dev.mnistexplorer.core.engine.CudaLibtorch.folderIn(folders.djlCache())));
    assertThat(CudaChoice.source("/opt/torch/lib", folders))
        .isEqualTo(
            new dev.mnistexplorer.core.engine.CudaSource.Folder(
                java.nio.file.Path.of("/opt/torch/lib")));
  }

  @Test
  void relaunchUsesTheInstalledLauncherElseThisJavaCommand() {
    assertThat(
            Relaunch.command(
                "/opt/app/bin/MNIST Explorer",
                java.util.Optional.empty(),
                java.util.Optional.empty()))
        .contains(List.of("/opt/app/bin/MNIST Explorer"));
    assertThat(
            Relaunch.command(
                null,
                java.util.Optional.of("/usr/bin/java"),
                java.util.Optional.of(new String[] {"-jar", "app.jar"})))
        .contains(List.of("/usr/bin/java", "-jar", "app.jar"));
    assertThat(
            Relaunch.command(
                null, java.util.Optional.of("/usr/bin/java"), java.util.Optional.empty()))
        .isEmpty();
    assertThat(Relaunch.afterExit(42, List.of("/usr/bin/java", "-jar", "a b.jar")))
        .startsWith("/bin/sh", "-c")
        .endsWith("42", "/usr/bin/java", "-jar", "a b.jar");
  }

  @Test
  void aChoiceThatCannotBeSavedIsNotOfferedForARestartAndTheReasonNamesTheFile() {
    offer.engineStarted(engine(H200, false, 0, ""));
    ChoiceSaver readOnly =
        cuda -> {
          throw new java.nio.file.AccessDeniedException("/home/me/.config/m/settings.json");
        };

    String problem = offer.save(readOnly, CudaChoice.DOWNLOAD);

    assertThat(problem)
        .contains("/home/me/.config/m/settings.json: permission denied")
        .contains("The choice is not saved");
    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.USE_GPU);
  }

  @Test
  void aChoiceSavedThroughTheSaverWaitsForTheRestart() {
    offer.engineStarted(engine(H200, false, 0, ""));
    List<String> saved = new java.util.ArrayList<>();

    assertThat(offer.save(saved::add, CudaChoice.DOWNLOAD)).isEmpty();

    assertThat(saved).containsExactly(CudaChoice.DOWNLOAD);
    assertThat(offer.offerProperty().get()).isEqualTo(GpuOfferModel.Offer.RESTART_PENDING);
  }
}
