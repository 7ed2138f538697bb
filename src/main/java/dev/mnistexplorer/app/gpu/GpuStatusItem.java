package dev.mnistexplorer.app.gpu;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;

/**
 * The status bar's GPU note: what {@link GpuOfferModel} says and a link to act on it ("Use the
 * GPU…", or "Restart Now" once a choice waits for a restart). Hidden, and taking no room, while
 * there is nothing to say.
 */
final class GpuStatusItem extends HBox {
  private static final I18n TR = I18n.forPackageOf(GpuStatusItem.class);

  final Label message = new Label();
  final Hyperlink action = new Hyperlink();

  GpuStatusItem(GpuOfferModel offer) {
    super(6);
    getStyleClass().add("gpu-status");
    setAlignment(Pos.CENTER_LEFT);
    Icons.on(message, MaterialDesignE.EXPANSION_CARD);
    message.textProperty().bind(offer.messageProperty());
    Tooltip why = new Tooltip();
    why.textProperty().bind(offer.detailsProperty());
    message
        .tooltipProperty()
        .bind(Bindings.when(offer.detailsProperty().isEmpty()).then((Tooltip) null).otherwise(why));
    action
        .textProperty()
        .bind(
            Bindings.when(offer.offerProperty().isEqualTo(GpuOfferModel.Offer.RESTART_PENDING))
                .then(TR.tr("Restart Now"))
                .otherwise(TR.tr("Use the GPU…")));
    action
        .accessibleTextProperty()
        .bind(Bindings.concat(offer.messageProperty(), ": ", action.textProperty()));
    getChildren().setAll(message, action);
    visibleProperty().bind(offer.offerProperty().isNotEqualTo(GpuOfferModel.Offer.NONE));
    managedProperty().bind(visibleProperty());
  }
}
