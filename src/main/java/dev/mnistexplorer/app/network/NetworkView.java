package dev.mnistexplorer.app.network;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Network place's layout: presets at the top, the live parameter count and shape diagram, the
 * layer editor and the training settings side by side (stacked when narrow), and at the bottom the
 * current model with "Use current model's layers" and "Train this network". Layout and styling
 * only; {@link NetworkController} binds it.
 */
final class NetworkView extends ScrollPane {
  private static final I18n TR = I18n.forPackageOf(NetworkView.class);
  final ComboBox<NetworkPreset> presets = new ComboBox<>();
  final Label explanation = new Label();
  final Label parameterCount = new Label();
  final Label caption = new Label();
  final ShapeDiagram diagram = new ShapeDiagram();
  final Label trace = new Label();
  final LayerListEditor layers = new LayerListEditor();
  final TrainingSettingsForm training = new TrainingSettingsForm();
  final Button useCurrent = new Button(TR.tr("Use _current model's layers"));
  final Button train = new Button(TR.tr("_Train this network"));
  final Label currentModel = new Label();

  NetworkView() {
    getStylesheets().add(getClass().getResource("network.css").toExternalForm());
    getStyleClass().add("network-view");
    setFitToWidth(true);
    VBox content = new VBox(header(), diagramCard(), settingsCards(), footer());
    content.getStyleClass().add("network-content");
    setContent(content);
    sceneProperty()
        .addListener(
            (o, old, scene) -> {
              if (old != null) {
                old.focusOwnerProperty().removeListener(revealFocused);
              }
              if (scene != null) {
                scene.focusOwnerProperty().addListener(revealFocused);
              }
            });
  }

  private final ChangeListener<Node> revealFocused = (o, old, node) -> reveal(node);

  /** Scrolls a field reached with Tab into view (in projector mode the form is taller). */
  private void reveal(Node node) {
    Node content = getContent();
    if (node == null || content == null || !isInside(node, content)) {
      return;
    }
    Bounds bounds = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
    double hidden = content.getBoundsInLocal().getHeight() - getViewportBounds().getHeight();
    if (hidden <= 0) {
      return;
    }
    double top = getVvalue() * hidden;
    if (bounds.getMinY() < top) {
      setVvalue(bounds.getMinY() / hidden);
    } else if (bounds.getMaxY() > top + getViewportBounds().getHeight()) {
      setVvalue(Math.min(1, (bounds.getMaxY() - getViewportBounds().getHeight()) / hidden));
    }
  }

  private static boolean isInside(Node node, Node ancestor) {
    for (Node at = node; at != null; at = at.getParent()) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  private VBox header() {
    Label title = new Label(TR.tr("Build the network"));
    title.getStyleClass().add("title");
    presets.getItems().setAll(NetworkPreset.values());
    presets.setPromptText(TR.tr("Custom"));
    presets.setButtonCell(presetCell());
    presets.setTooltip(new Tooltip(TR.tr("Load a ready-made network and recipe")));
    Label presetLabel = new Label(TR.tr("_Preset:"));
    presetLabel.setMnemonicParsing(true);
    presetLabel.setLabelFor(presets);
    title.setMinWidth(USE_PREF_SIZE);
    presetLabel.setMinWidth(USE_PREF_SIZE);
    presets.setMinWidth(USE_PREF_SIZE);
    HBox choice = new HBox(presetLabel, presets);
    choice.getStyleClass().add("preset-choice");
    // The preset chooser goes under the title when the window is narrow (projector mode).
    FlowPane top = new FlowPane(title, choice);
    top.getStyleClass().add("header-row");
    explanation.getStyleClass().add("muted");
    explanation.setWrapText(true);
    return new VBox(top, explanation);
  }

  private VBox diagramCard() {
    parameterCount.getStyleClass().add("parameter-count");
    Tooltip.install(
        parameterCount, new Tooltip(TR.tr("Weights plus biases of every Linear layer")));
    caption.getStyleClass().add("muted");
    parameterCount.setMinWidth(USE_PREF_SIZE);
    caption.setWrapText(true);
    HBox heading = new HBox(parameterCount, caption);
    heading.getStyleClass().add("diagram-heading");
    trace.getStyleClass().addAll("shape-trace", "muted");
    trace.setWrapText(true);
    return card("diagram-card", heading, diagram, trace);
  }

  private FlowPane settingsCards() {
    Label layersTitle = sectionTitle(TR.tr("Layers"));
    Label trainingTitle = sectionTitle(TR.tr("Training"));
    FlowPane cards =
        new FlowPane(
            card("layers-card", layersTitle, layers),
            card("training-card", trainingTitle, training)) {
          /** The widest card's minimum, not its wish: the cards are narrowed to the row below. */
          @Override
          protected double computeMinWidth(double height) {
            double widest =
                getManagedChildren().stream()
                    .mapToDouble(card -> card.minWidth(-1))
                    .max()
                    .orElse(0);
            return snappedLeftInset() + widest + snappedRightInset();
          }
        };
    cards.getStyleClass().add("settings-cards");
    cards.prefWrapLengthProperty().bind(widthProperty().subtract(40));
    // A card as wide as its wish at most the row: the training card wanted 922 px in German
    // projector mode and a 1280-px screen gave the page a sideways scroll bar for 23 of them.
    cards
        .getChildren()
        .forEach(card -> ((Region) card).maxWidthProperty().bind(cards.prefWrapLengthProperty()));
    return cards;
  }

  private HBox footer() {
    currentModel.getStyleClass().add("current-model");
    currentModel.setWrapText(true);
    useCurrent.setTooltip(new Tooltip(TR.tr("Copy the trained model's layers into the builder")));
    useCurrent.setMinWidth(USE_PREF_SIZE);
    Icons.on(useCurrent, MaterialDesignC.CONTENT_COPY);
    Icons.on(train, MaterialDesignP.PLAY);
    train.getStyleClass().add("train-button");
    train.setTooltip(
        new Tooltip(TR.tr("Go to Train with this network and these settings (Ctrl+Enter)")));
    train.setMinWidth(USE_PREF_SIZE);
    // The model's description wraps when narrow (projector mode); Train stays on the right.
    VBox current = new VBox(currentModel, useCurrent);
    current.getStyleClass().add("current-model-box");
    HBox.setHgrow(current, Priority.ALWAYS);
    HBox footer = new HBox(current, train);
    footer.getStyleClass().add("footer-row");
    return footer;
  }

  private static VBox card(String styleClass, Node... children) {
    VBox card = new VBox(children);
    card.getStyleClass().addAll("card", styleClass);
    return card;
  }

  private static Label sectionTitle(String text) {
    Label title = new Label(text);
    title.getStyleClass().add("section-title");
    return title;
  }

  /** Shows "Custom" when the fields match no preset (the prompt is lost once a value was set). */
  private static ListCell<NetworkPreset> presetCell() {
    return new ListCell<>() {
      @Override
      protected void updateItem(NetworkPreset item, boolean empty) {
        super.updateItem(item, empty);
        setText(empty || item == null ? TR.tr("Custom") : item.title());
      }
    };
  }
}
