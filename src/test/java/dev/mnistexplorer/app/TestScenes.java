package dev.mnistexplorer.app;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/** How a journey shows one place or part: in a window of a given size, in the light theme. */
public final class TestScenes {
  private TestScenes() {}

  /** Shows {@code root} in {@code stage}, {@code width}×{@code height}, with the light tokens. */
  public static Scene show(Stage stage, Node root, double width, double height) {
    Scene scene = new Scene(new StackPane(root), width, height);
    scene.getStylesheets().add(sheet("tokens-light.css"));
    stage.setScene(scene);
    stage.show();
    return scene;
  }

  /** The URL of the app's theme sheet {@code name} (e.g. "projector.css"), as a scene takes it. */
  public static String sheet(String name) {
    return TestScenes.class.getResource("/dev/mnistexplorer/app/theme/" + name).toExternalForm();
  }
}
