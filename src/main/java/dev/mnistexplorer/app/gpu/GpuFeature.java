package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.core.engine.CudaDownloader;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import javafx.scene.Node;
import javafx.stage.Window;

/**
 * The GPU from the app, wired: when the engine has started, the status bar says whether an NVIDIA
 * GPU waits for a CUDA engine (or why a chosen one did not start) and opens the "Use the GPU"
 * dialog. The shell puts {@link #statusItem()} into its status bar and gives it a way to save the
 * choice and to quit.
 */
public final class GpuFeature {
  private final GpuOfferModel offer = new GpuOfferModel();
  private final GpuStatusItem item;

  /**
   * @param currentChoice the settings' {@code cuda} value now (a folder is shown in the dialog)
   * @param saveChoice saves the settings' {@code cuda} value (the shell's settings), or says why
   *     not
   * @param quit File ▸ Quit: asks about unsaved training, then quits; false when the user said no
   */
  public GpuFeature(
      AppContext context,
      Window owner,
      String currentChoice,
      ChoiceSaver saveChoice,
      BooleanSupplier quit) {
    CudaDownloader downloader = new CudaDownloader(context.folders().djlCache());
    GpuSetupModel setup = new GpuSetupModel(downloader, context.io(), context.fx());
    RestartNote note = new RestartNote(context.folders().cacheDir());
    setup.startFrom(currentChoice);
    GpuController controller =
        new GpuController(
            owner,
            offer,
            setup,
            saveChoice,
            quit,
            downloader.base().getHost(),
            downloader.target().toString(),
            note);
    item = new GpuStatusItem(offer);
    item.action.setOnAction(event -> controller.act());
    CompletableFuture.supplyAsync(note::takeOnce, context.io())
        .thenAcceptAsync(left -> left.ifPresent(controller::showRestartNote), context.fx());
    // Waits for the start-up to start the engine (asking earlier would start it sooner).
    context
        .state()
        .engineReadyProperty()
        .addListener(
            (o, was, ready) -> {
              if (ready) {
                context.models().start().thenAcceptAsync(offer::engineStarted, context.fx());
              }
            });
  }

  /** The status bar's GPU note (hidden while there is nothing to say). */
  public Node statusItem() {
    return item;
  }

  public GpuOfferModel offer() {
    return offer;
  }
}
