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
    scene
        .getStylesheets()
        .add(
            TestScenes.class
                .getResource("/dev/mnistexplorer/app/theme/tokens-light.css")
                .toExternalForm());
    stage.setScene(scene);
    stage.show();
    return scene;
  }
}
