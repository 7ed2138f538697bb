package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.Feature;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.KeyNames;
import dev.mnistexplorer.app.common.Place;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.core.lesson.LessonControl;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableIntegerValue;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.AccessibleRole;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.controlsfx.control.StatusBar;

/**
 * The main window's frame: navigation between the places on the left, the current place in the
 * centre, and a status bar with the engine status, the device, the current model and background
 * progress.
 */
final class MainWindow {
  private static final I18n TR = I18n.forPackageOf(MainWindow.class);

  private final BorderPane root = new BorderPane();
  private final StackPane content = new StackPane();
  private final Map<Place, ToggleButton> buttons = new EnumMap<>(Place.class);
  private final Map<Place, Feature> features;
  private final ToggleGroup navigation = new ToggleGroup();
  private final Set<Place> hiddenPlaces = EnumSet.noneOf(Place.class);

  /** The status bar's box of short facts: the zoom, the device, the model. */
  private static final String STATUS_FACTS = "status-facts";

  private final Label zoom = new Label();
  private final Label device = new Label();
  private final Label model = new Label();
  private final StatusBar statusBar;

  MainWindow(AppContext context, Map<Place, Feature> features) {
    this.features = features;
    root.getStyleClass().add("main-window");
    root.setLeft(navigationBar());
    content.getStyleClass().add("place-content");
    // A place too tall for a small window is cut at the window's edge rather than pushing the
    // status bar off the screen (the border pane honours its centre's minimum height otherwise).
    content.setMinSize(0, 0);
    content.setAlignment(Pos.TOP_LEFT);
    Rectangle clip = new Rectangle();
    clip.widthProperty().bind(content.widthProperty());
    clip.heightProperty().bind(content.heightProperty());
    content.setClip(clip);
    root.setCenter(content);
    statusBar = statusBar(context);
    root.setBottom(statusBar);
  }

  /** Adds a note to the status bar's left of the device and model (the GPU offer). */
  void addStatusItem(Node item) {
    statusBar.getRightItems().add(0, item);
  }

  Parent root() {
    return root;
  }

  BorderPane frame() {
    return root;
  }

  private VBox navigationBar() {
    VBox bar = new VBox();
    bar.getStyleClass().add("navigation");
    bar.setAccessibleText(TR.tr("Places"));
    for (Place place : Place.values()) {
      ToggleButton button = Icons.on(new ToggleButton(place.title()), PlaceIcons.of(place));
      button.setToggleGroup(navigation);
      button.setMaxWidth(Double.MAX_VALUE);
      // A screen reader speaks the name, then what the place is for and its key (the tooltip).
      button.setAccessibleHelp(
          TR.format("%s (%s)", place.description(), KeyNames.of(place.shortcut())));
      button.setOnAction(event -> show(place));
      button.getStyleClass().add("navigation-button");
      button.managedProperty().bind(button.visibleProperty());
      buttons.put(place, button);
      bar.getChildren().add(button);
    }
    return bar;
  }

  /**
   * Hides the navigation buttons of the places a lesson in lock mode does not use (and keeps {@link
   * #show} from going there by a shortcut).
   */
  void hidePlacesWhenLocked(ObservableValue<Set<LessonControl>> hidden) {
    hidden.addListener((o, was, now) -> hidePlaces(now));
    hidePlaces(hidden.getValue());
  }

  private void hidePlaces(Set<LessonControl> hidden) {
    hiddenPlaces.clear();
    for (LessonControl control : hidden) {
      if (control.isPlace()) {
        hiddenPlaces.add(ShellLessonStage.place(control));
      }
    }
    buttons.forEach((place, button) -> button.setVisible(!hiddenPlaces.contains(place)));
  }

  /** Whether lock mode hides this place now. */
  boolean isHidden(Place place) {
    return hiddenPlaces.contains(place);
  }

  /** Shows a place and marks its navigation button. */
  void show(Place place) {
    Feature feature = features.get(place);
    Node view = feature.view();
    content.getChildren().setAll(view);
    // A place inside a scroll pane joins the scene only once the pane's skin exists (the first CSS
    // pass): made now, so that on a first visit shown() can give the focus to the place's control.
    view.applyCss();
    buttons.get(place).setSelected(true);
    feature.shown();
  }

  /** The place shown now. */
  Place current() {
    for (Map.Entry<Place, ToggleButton> entry : buttons.entrySet()) {
      if (entry.getValue().isSelected()) {
        return entry.getKey();
      }
    }
    return Place.PREDICT;
  }

  /**
   * The navigation's and the status bar's tooltips, a frame after the window's first frame: each is
   * a pop-up window of its own, and none is needed before the pointer rests on something.
   */
  void addTooltips() {
    buttons.values().forEach(button -> button.setTooltip(new Tooltip(button.getAccessibleHelp())));
    device.setTooltip(
        new Tooltip(TR.tr("Where the network runs: the GPU when usable, else the CPU")));
    Tooltip modelTip = new Tooltip();
    modelTip.textProperty().bind(model.textProperty());
    model.setTooltip(modelTip);
    zoom.setTooltip(
        new Tooltip(TR.tr("View ▸ Zoom: Ctrl+= larger, Ctrl+- smaller, Ctrl+0 actual size")));
  }

  private StatusBar statusBar(AppContext context) {
    SharedState state = context.state();
    StatusBar status = new StatusBar();
    status.getStyleClass().add("app-status-bar");
    status
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    context.tasks().messageProperty().get().isEmpty()
                        ? state.engineStatusProperty().get()
                        : context.tasks().messageProperty().get(),
                context.tasks().messageProperty(),
                state.engineStatusProperty()));
    status.progressProperty().bind(context.tasks().progressProperty());
    device.getStyleClass().add("device-status");
    device
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () -> TR.format("Device: %s", state.deviceProperty().get()),
                state.deviceProperty()));
    model.getStyleClass().add("model-status");
    model
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    ModelText.describe(state.modelProperty().get(), state.trainingProperty().get()),
                state.modelProperty(),
                state.trainingProperty()));
    // Short facts keep their width; the model's description gives way first (and says all of
    // itself in its tooltip), so a large zoom does not turn "Device: CPU" into "Dev...".
    device.setMinWidth(Region.USE_PREF_SIZE);
    // At most two fifths of the bar: the engine's status or the running task on the left is what
    // changes, and it was the one cut short ("Engine b…") at 250 % in German.
    model.maxWidthProperty().bind(status.widthProperty().multiply(0.4));
    HBox right = new HBox(16, device, model);
    right.getStyleClass().add(STATUS_FACTS);
    right.setPadding(new Insets(0, 8, 0, 8));
    status.getRightItems().add(right);
    // One sentence for a screen reader: the engine (or the background work), device and model.
    status.setAccessibleRole(AccessibleRole.TEXT);
    status
        .accessibleTextProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TR.format(
                        "Status: %s. %s. %s", status.getText(), device.getText(), model.getText()),
                status.textProperty(),
                device.textProperty(),
                model.textProperty()));
    return status;
  }

  /** The zoom in the status bar while it is not 100 %: a window that looks odd says why. */
  void showZoom(ObservableIntegerValue percent) {
    zoom.getStyleClass().add("zoom-status");
    zoom.textProperty()
        .bind(Bindings.createStringBinding(() -> TR.format("Zoom %d%%", percent.get()), percent));
    zoom.visibleProperty().bind(Bindings.notEqual(ZoomSteps.ACTUAL_SIZE, percent));
    zoom.managedProperty().bind(zoom.visibleProperty());
    zoom.setMinWidth(Region.USE_PREF_SIZE);
    statusBar.getRightItems().stream()
        .filter(item -> item.getStyleClass().contains(STATUS_FACTS))
        .map(HBox.class::cast)
        .findFirst()
        .orElseThrow()
        .getChildren()
        .add(0, zoom);
  }
}
