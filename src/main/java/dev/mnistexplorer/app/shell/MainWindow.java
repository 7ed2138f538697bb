package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.core.engine.EngineInfo;
import dev.mnistexplorer.core.service.ModelService;
import dev.mnistexplorer.core.service.ModelSummary;
import java.util.concurrent.Executor;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import org.controlsfx.control.StatusBar;

/**
 * The main window's frame: a place for the views and a status bar showing the engine status, the
 * device and the current model. The views themselves arrive with the desktop-app issue.
 */
final class MainWindow {
  private final ModelService service;
  private final Executor fxThread;
  private final BorderPane root = new BorderPane();
  private final StatusBar status = new StatusBar();
  private final Label device = new Label("Device: …");
  private final Label model = new Label("Model: …");

  MainWindow(ModelService service, Executor fxThread) {
    this.service = service;
    this.fxThread = fxThread;
    Label welcome = new Label("MNIST Explorer");
    welcome.getStyleClass().add("title");
    BorderPane.setAlignment(welcome, Pos.CENTER);
    root.setCenter(welcome);
    HBox right = new HBox(16, device, model);
    right.setPadding(new Insets(0, 8, 0, 8));
    status.getRightItems().add(right);
    status.setText("Engine starting…");
    root.setBottom(status);
  }

  Parent root() {
    return root;
  }

  /** Starts the engine and loads the bundled model, reporting both in the status bar. */
  void startEngine() {
    service
        .start()
        .whenCompleteAsync((info, error) -> showEngine(info, error), fxThread)
        .thenCompose(info -> service.openBundled())
        .whenCompleteAsync((summary, error) -> showModel(summary, error), fxThread);
  }

  private void showEngine(EngineInfo info, Throwable error) {
    if (error != null) {
      status.setText("Engine failed: " + rootMessage(error));
      return;
    }
    status.setText("Engine ready");
    device.setText("Device: " + info.device().description());
  }

  private void showModel(ModelSummary summary, Throwable error) {
    if (error != null) {
      model.setText("Model: none (" + rootMessage(error) + ")");
      return;
    }
    float accuracy = summary.metadata().testAccuracy();
    model.setText(
        String.format(
            "Model: %s, %.2f%% on %s",
            summary.spec().describe(), 100 * accuracy, summary.metadata().dataset()));
  }

  private static String rootMessage(Throwable error) {
    Throwable cause = error;
    while (cause.getCause() != null) {
      cause = cause.getCause();
    }
    return cause.getMessage();
  }
}
