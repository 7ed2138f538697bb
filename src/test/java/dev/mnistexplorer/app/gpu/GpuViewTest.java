package dev.mnistexplorer.app.gpu;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.engine.DeviceDecision;
import dev.mnistexplorer.core.engine.DeviceRequest;
import dev.mnistexplorer.core.engine.EngineInfo;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import javafx.application.Platform;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The status bar's GPU note and the dialog's controls, as a screen reader meets them. */
@ExtendWith(ApplicationExtension.class)
class GpuViewTest {
  private Stage stage;

  @Start
  void start(Stage stage) {
    this.stage = stage;
    stage.setScene(new Scene(new StackPane(), 400, 100));
    stage.show();
  }

  private static EngineInfo cpuEngineBeside(String gpu) {
    List<String> gpus = List.of(gpu);
    DeviceDecision device = DeviceDecision.decide(DeviceRequest.AUTO, gpus, false, 0);
    return new EngineInfo("0.36.0", "2.7.1", "cpu", device, gpus, 0, 1, 0.5, "");
  }

  private static <T> T onFx(Callable<T> work) throws Exception {
    FutureTask<T> task = new FutureTask<>(work);
    Platform.runLater(task);
    return task.get();
  }

  private static Object spoken(Node node, AccessibleAttribute attribute) throws Exception {
    return onFx(() -> node.queryAccessibleAttribute(attribute));
  }

  @Test
  void theNoteIsHiddenUntilThereIsSomethingToSayThenItsLinkSaysWhatItDoes() throws Exception {
    GpuOfferModel offer = new GpuOfferModel();
    GpuStatusItem item = onFx(() -> new GpuStatusItem(offer));
    assertThat(item.isVisible()).isFalse();
    assertThat(item.isManaged()).isFalse();

    onFx(
        () -> {
          offer.engineStarted(cpuEngineBeside("NVIDIA H200"));
          return null;
        });

    assertThat(item.isVisible()).isTrue();
    assertThat(spoken(item.action, AccessibleAttribute.ROLE)).isEqualTo(AccessibleRole.HYPERLINK);
    assertThat(spoken(item.action, AccessibleAttribute.TEXT))
        .isEqualTo("GPU found (NVIDIA H200), the network runs on the CPU: Use the GPU…");
    onFx(
        () -> {
          offer.choiceSaved();
          return null;
        });
    assertThat(item.action.getText()).isEqualTo("Restart Now");
  }

  @Test
  void everyControlOfTheDialogIsLabelledForAScreenReader() throws Exception {
    GpuDialog dialog =
        onFx(() -> new GpuDialog(stage, "NVIDIA H200", "", "publish.djl.ai", "/cache/djl"));
    onFx(
        () -> {
          dialog.show(); // controls answer a screen reader through their skins
          return null;
        });

    assertThat(spoken(dialog.folderField, AccessibleAttribute.TEXT))
        .isEqualTo("Folder with a CUDA libtorch 2.7.1");
    assertThat(spoken(dialog.progress, AccessibleAttribute.TEXT)).isEqualTo("Download progress");
    for (Node control :
        List.of(
            dialog.folderOption,
            dialog.downloadOption,
            dialog.chooseFolder,
            dialog.checkFolder,
            dialog.checkSize,
            dialog.download,
            dialog.cancel,
            dialog.startOver)) {
      assertThat((String) spoken(control, AccessibleAttribute.TEXT))
          .as(control.toString())
          .isNotBlank();
    }
    Label folderLabel =
        (Label)
            dialog.getDialogPane().getContent().lookupAll(".label").stream()
                .filter(
                    node ->
                        node instanceof Label label && label.getLabelFor() == dialog.folderField)
                .findFirst()
                .orElseThrow();
    assertThat(folderLabel.getText()).isEqualTo("_Folder:");
    assertThat(dialog.getHeaderText())
        .isEqualTo("NVIDIA H200 is here, but the network runs on the CPU.");
    onFx(
        () -> {
          dialog.close();
          return null;
        });
  }

  @Test
  void theDialogSpeaksGerman() throws Exception {
    I18n.useLocale(Locale.GERMAN);
    try {
      GpuDialog dialog =
          onFx(() -> new GpuDialog(stage, "NVIDIA H200", "", "publish.djl.ai", "/cache/djl"));

      assertThat(dialog.getTitle()).isEqualTo("Die GPU nutzen");
      assertThat(spoken(dialog.progress, AccessibleAttribute.TEXT))
          .isEqualTo("Download-Fortschritt");
      assertThat(GpuText.progress(60_000_000L, 120_000_000L)).isEqualTo("60 MB von 120 MB (50 %)");
    } finally {
      I18n.useLocale(Locale.ENGLISH);
    }
  }
}
