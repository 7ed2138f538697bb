package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.engine.CudaLibtorch;
import dev.mnistexplorer.core.engine.EngineInfo;
import java.io.IOException;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * What the status bar says about the GPU: nothing while there is nothing to say (no NVIDIA GPU);
 * "GPU engine" with the way back to the CPU while the CUDA engine runs on it; "GPU found" with "Use
 * the GPU" while the CPU engine runs beside an NVIDIA GPU; why a CUDA engine that was chosen did
 * not start; and "starts at the next start" once a choice waits for a restart. No node here: tested
 * without the FX toolkit.
 */
public final class GpuOfferModel {
  private static final I18n TR = I18n.forPackageOf(GpuOfferModel.class);

  /** What the status bar offers. */
  public enum Offer {
    /** Nothing to say. */
    NONE,
    /** An NVIDIA GPU is there, the CPU engine runs: "Use the GPU". */
    USE_GPU,
    /** The chosen CUDA engine did not start (or sees no GPU); the CPU runs. */
    CUDA_FAILED,
    /** A CUDA engine was chosen and waits for the app to restart. */
    RESTART_PENDING,
    /** The CUDA engine runs on the GPU: the way back to the CPU engine. */
    ON_GPU
  }

  private final ReadOnlyObjectWrapper<Offer> offer =
      new ReadOnlyObjectWrapper<>(this, "offer", Offer.NONE);
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
  private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper(this, "details", "");
  private final ReadOnlyStringWrapper gpuName = new ReadOnlyStringWrapper(this, "gpuName", "");
  private EngineInfo engine;

  public ReadOnlyObjectProperty<Offer> offerProperty() {
    return offer.getReadOnlyProperty();
  }

  /** The status bar's words, translated; "" with {@link Offer#NONE}. */
  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  /** The reason in full (a tooltip, the dialog), as core gave it; "" when none. */
  public ReadOnlyStringProperty detailsProperty() {
    return details.getReadOnlyProperty();
  }

  /** The first NVIDIA GPU's name, "" when none was found. */
  public ReadOnlyStringProperty gpuNameProperty() {
    return gpuName.getReadOnlyProperty();
  }

  /** The engine has started: decides what to offer. */
  public void engineStarted(EngineInfo info) {
    engine = info;
    gpuName.set(info.gpus().isEmpty() ? "" : info.gpus().get(0));
    boolean cudaRuns = info.flavor().equals(CudaLibtorch.FLAVOR);
    if (info.fellBackToCpu()) {
      show(
          Offer.CUDA_FAILED,
          TR.tr("The GPU engine did not start; the CPU runs the network"),
          info.cudaProblem());
    } else if (cudaRuns && !info.device().useGpu() && !info.gpus().isEmpty()) {
      show(
          Offer.CUDA_FAILED,
          TR.tr("The GPU engine sees no GPU; the CPU runs the network"),
          info.device().reason());
    } else if (cudaRuns && info.device().useGpu()) {
      show(Offer.ON_GPU, TR.tr("GPU engine"), "");
    } else if (!cudaRuns && !info.gpus().isEmpty()) {
      show(
          Offer.USE_GPU,
          TR.format("GPU found (%s), the network runs on the CPU", gpuName.get()),
          "");
    } else {
      show(Offer.NONE, "", "");
    }
  }

  /**
   * Saves {@code choice} (a CUDA libtorch, or {@link CudaChoice#CPU}); once it is saved, the status
   * bar says it waits for the app to start again.
   *
   * @return "" when saved, else why not in words; the offer then stays as it was
   */
  public String save(ChoiceSaver saver, String choice) {
    try {
      saver.save(choice);
    } catch (IOException e) {
      return GpuText.notSaved(e);
    }
    if (choice.equals(CudaChoice.CPU)) {
      cpuChosen();
    } else {
      choiceSaved();
    }
    return "";
  }

  /** A CUDA libtorch was chosen and saved; it loads when the app starts again. */
  public void choiceSaved() {
    show(Offer.RESTART_PENDING, TR.tr("The GPU engine starts when the app starts again"), "");
  }

  /** The bundled CPU engine was chosen again; it loads when the app starts again. */
  public void cpuChosen() {
    show(Offer.RESTART_PENDING, TR.tr("The CPU engine starts when the app starts again"), "");
  }

  /** The engine this offer was made for, or null before it started. */
  public EngineInfo engine() {
    return engine;
  }

  private void show(Offer kind, String words, String why) {
    message.set(words);
    details.set(why == null ? "" : why);
    offer.set(kind);
  }
}
