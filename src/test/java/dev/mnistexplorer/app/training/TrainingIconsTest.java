package dev.mnistexplorer.app.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Button;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The transport controls and Compare's buttons show an icon beside their words. */
@ExtendWith(ApplicationExtension.class)
class TrainingIconsTest {
  private TrainingView view;

  @Start
  void start(Stage stage) {
    view = new TrainingView(new SimpleDoubleProperty(1));
  }

  @Test
  void everyButtonKeepsItsLabelAndGainsItsIcon() {
    Map<Button, Ikon> expected =
        Map.of(
            view.start, MaterialDesignP.PLAY,
            view.pause, MaterialDesignP.PAUSE,
            view.stop, MaterialDesignS.STOP,
            view.oneMore, MaterialDesignS.STEP_FORWARD,
            view.compare.exportCsv, MaterialDesignF.FILE_DELIMITED_OUTLINE,
            view.compare.exportPng, MaterialDesignF.FILE_IMAGE_OUTLINE,
            view.compare.delete, MaterialDesignD.DELETE_OUTLINE);
    WaitForAsyncUtils.waitForFxEvents();
    expected.forEach(
        (button, ikon) -> {
          assertThat(button.getText()).isNotBlank();
          assertThat(button.getGraphic()).isInstanceOf(FontIcon.class);
          assertThat(((FontIcon) button.getGraphic()).getIconCode()).isEqualTo(ikon);
          assertThat(button.getGraphic().getStyleClass()).contains("app-icon");
        });
  }
}
