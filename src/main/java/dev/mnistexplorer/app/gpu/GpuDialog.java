package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;

/**
 * The "Use the GPU" dialog's nodes: a folder with a CUDA libtorch, or DJL's download; then restart
 * now or at the next start. Every control is labelled for a screen reader; {@link GpuController}
 * binds them to the {@link GpuSetupModel} and its {@link CudaDownloadModel}.
 */
final class GpuDialog extends Dialog<ButtonType> {
  private static final I18n TR = I18n.forPackageOf(GpuDialog.class);

  final ButtonType restartNow = new ButtonType(TR.tr("Restart Now"), ButtonBar.ButtonData.OK_DONE);
  final ButtonType nextStart =
      new ButtonType(TR.tr("At the Next Start"), ButtonBar.ButtonData.APPLY);
  final ButtonType cpuEngine =
      new ButtonType(TR.tr("Use the CPU Engine"), ButtonBar.ButtonData.LEFT);
  final ToggleGroup source = new ToggleGroup();
  final RadioButton folderOption = new RadioButton(TR.tr("_A folder with a CUDA libtorch 2.7.1"));
  final RadioButton downloadOption =
      new RadioButton(TR.tr("_Download DJL's CUDA libtorch (cu128)"));
  final TextField folderField = new TextField();
  final Button chooseFolder = Icons.on(new Button(TR.tr("_Choose…")), MaterialDesignF.FOLDER_OPEN);
  final Button checkFolder = new Button(TR.tr("Chec_k"));
  final Label folderStatus = new Label();
  final Button checkSize = new Button(TR.tr("Show the _Size"));
  final Button download = Icons.on(new Button(TR.tr("Down_load")), MaterialDesignD.DOWNLOAD);
  final Button cancel = Icons.on(new Button(TR.tr("Ca_ncel Download")), MaterialDesignC.CLOSE);
  final Button startOver = Icons.on(new Button(TR.tr("Start _Over")), MaterialDesignR.RESTART);
  final ProgressBar progress = new ProgressBar(0);
  final Label downloadStatus = new Label();

  GpuDialog(Window owner, String gpuName, String problem, String server, String cacheFolder) {
    initOwner(owner);
    setTitle(TR.tr("Use the GPU"));
    setHeaderText(
        problem.isEmpty()
            ? TR.format(
                "%s is here, but the network runs on the CPU.",
                gpuName.isEmpty() ? TR.tr("An NVIDIA GPU") : gpuName)
            : TR.format("The GPU engine did not start: %s", problem));
    setResizable(true);
    folderOption.setToggleGroup(source);
    downloadOption.setToggleGroup(source);
    folderOption.setSelected(true);
    VBox content = content(server, cacheFolder);
    content.getStyleClass().add("gpu-setup");
    progress.setMaxWidth(Double.MAX_VALUE);
    for (Label status : new Label[] {folderStatus, downloadStatus}) {
      status.setWrapText(true);
      status.setMinHeight(Region.USE_PREF_SIZE);
      // A longer message needs more lines: the dialog grows with it instead of cutting it short.
      status.textProperty().addListener((o, was, now) -> Platform.runLater(this::fitContent));
    }
    getDialogPane().setContent(content);
    getDialogPane().getButtonTypes().setAll(restartNow, nextStart, ButtonType.CANCEL);
    getDialogPane().setPrefWidth(640);
    label();
    followTheme(owner);
  }

  private VBox content(String server, String cacheFolder) {
    return new VBox(
        8,
        wrapped(
            TR.tr("The app ships the CPU build of libtorch.")
                + " "
                + TR.tr("Give it a CUDA build of libtorch 2.7.1, then restart the app.")),
        folderOption,
        folderRow(),
        folderStatus,
        downloadOption,
        wrapped(
            TR.format("From DJL's server (%s) into %s.", server, cacheFolder)
                + " "
                + TR.tr("It needs the internet once; a stopped download continues later.")),
        downloadRow(),
        progress,
        downloadStatus);
  }

  private HBox folderRow() {
    Label label = new Label(TR.tr("_Folder:"));
    label.setLabelFor(folderField);
    label.setMnemonicParsing(true);
    folderField.setPromptText(TR.tr("e.g. …/site-packages/torch/lib"));
    HBox row = new HBox(8, label, folderField, chooseFolder, checkFolder);
    HBox.setHgrow(folderField, Priority.ALWAYS);
    row.setAlignment(javafx.geometry.Pos.BASELINE_LEFT);
    return row;
  }

  private HBox downloadRow() {
    return new HBox(8, checkSize, download, cancel, startOver);
  }

  private static Label wrapped(String text) {
    Label label = new Label(text);
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    label.getStyleClass().add("gpu-hint");
    return label;
  }

  private void fitContent() {
    Window window =
        getDialogPane().getScene() == null ? null : getDialogPane().getScene().getWindow();
    if (window != null && window.isShowing()) {
      window.sizeToScene();
    }
  }

  /** What a screen reader says for the controls whose text alone is not enough. */
  private void label() {
    folderField.setAccessibleText(TR.tr("Folder with a CUDA libtorch 2.7.1"));
    chooseFolder.setTooltip(new Tooltip(TR.tr("Choose the folder in a file dialog")));
    checkFolder.setTooltip(new Tooltip(TR.tr("Check that the folder holds a CUDA libtorch 2.7.1")));
    checkSize.setTooltip(new Tooltip(TR.tr("Ask the server how large the download is")));
    cancel.setTooltip(new Tooltip(TR.tr("Stop; the next download continues where it stopped")));
    startOver.setTooltip(
        new Tooltip(TR.tr("Forget the files downloaded so far and download again")));
    progress.setAccessibleText(TR.tr("Download progress"));
    folderStatus.setAccessibleHelp(TR.tr("What the check found in the folder"));
    downloadStatus.setAccessibleHelp(TR.tr("How the download is going"));
  }

  /** The main window's stylesheets and theme class, so dark theme and projector mode reach it. */
  private void followTheme(Window owner) {
    if (owner == null || owner.getScene() == null) {
      return;
    }
    getDialogPane().getStylesheets().setAll(owner.getScene().getStylesheets());
    getDialogPane().getStyleClass().addAll(owner.getScene().getRoot().getStyleClass());
  }
}
