import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The yardstick of bench/startup-ratio.sh: the least a JavaFX app can do, a 1200×800 window with one
 * label, run with the same runtime image as the installed app. Not part of the app.
 */
public final class BareWindow extends Application {

  @Override
  public void start(Stage stage) {
    stage.setTitle("Bare JavaFX window");
    stage.setScene(new Scene(new StackPane(new Label("A bare JavaFX window")), 1200, 800));
    stage.show();
  }

  public static void main(String[] args) {
    launch(args);
  }
}
