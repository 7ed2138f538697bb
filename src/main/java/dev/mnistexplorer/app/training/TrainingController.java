package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.DiscardGuard;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.app.common.SharedState;
import dev.mnistexplorer.app.common.TextBindings;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * Binds the Training view to its model: the plan, the data choice, the run buttons and the banner
 * here, progress, tiles and charts in {@link StatusBinder}. Turns the buttons and the keyboard
 * (Ctrl+Enter start, Space pause/resume, Esc stop, active only while this place is shown) into the
 * model's commands, and pops up a notification when a run ends.
 */
final class TrainingController {
  private static final I18n TR = I18n.forPackageOf(TrainingController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Ctrl+Enter"), TR.tr("start training")),
          new PlaceKey(TR.tr("Space"), TR.tr("pause or resume")),
          new PlaceKey(TR.tr("Esc"), TR.tr("stop")),
          new PlaceKey(TR.tr("Ctrl+R"), TR.tr("show Compare runs")));

  private static final KeyCombination START =
      new KeyCodeCombination(KeyCode.ENTER, KeyCombination.SHORTCUT_DOWN);
  private static final KeyCombination COMPARE =
      new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN);

  private final SharedState state;
  private final TrainingModel model;
  private final TrainingView view;
  private final EventHandler<KeyEvent> keys = this::onKey;
  private final CompareController compare;
  private DiscardGuard discardGuard = DiscardGuard.never();

  TrainingController(AppContext context, TrainingModel model, TrainingView view) {
    this.state = context.state();
    this.model = model;
    this.view = view;
    view.plan.textProperty().bind(model.planProperty());
    bindDataChoice();
    bindButtons();
    bindBanner();
    new StatusBinder(model, view, state.deviceProperty()).bind();
    compare = new CompareController(model.history(), view.compare);
    bindCompareTab();
    CompletionNotifier.watch(model.banner());
    view.start.setOnAction(event -> startAfterAsking());
    view.pause.setOnAction(event -> model.togglePause());
    view.stop.setOnAction(event -> model.stop());
    view.oneMore.setOnAction(event -> model.oneMoreEpoch());
    model
        .quickRunProperty()
        .addListener((obs, old, quick) -> (quick ? view.quickRun : view.fullSet).setSelected(true));
    // Keys go through the scene so they work wherever the focus is, but only while shown.
    view.sceneProperty().addListener(this::sceneChanged);
  }

  /**
   * How to ask before Start training replaces a trained, unsaved network: the shell's own question,
   * so Start asks exactly as New, Open and Quit do.
   */
  void setDiscardGuard(DiscardGuard guard) {
    discardGuard = guard;
  }

  private void bindDataChoice() {
    view.fullSet
        .textProperty()
        .bind(TextBindings.of(state.datasetProperty(), TrainingText::fullSetChoice));
    view.quickRun
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    TrainingText.quickRunChoice(
                        state.datasetProperty().get(), TrainingModel.QUICK_RUN_IMAGES),
                state.datasetProperty()));
    view.quickRun.getTooltip().setText(TrainingText.quickRunTip(TrainingModel.QUICK_RUN_IMAGES));
    (model.quickRunProperty().get() ? view.quickRun : view.fullSet).setSelected(true);
    view.quickRun
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener((obs, old, now) -> model.quickRunProperty().set(now == view.quickRun));
    view.fullSet.disableProperty().bind(model.canStopProperty());
    view.quickRun.disableProperty().bind(model.canStopProperty());
  }

  private void bindButtons() {
    view.start.disableProperty().bind(model.canStartProperty().not());
    view.pause
        .textProperty()
        .bind(TextBindings.of(model.phaseProperty(), TrainingText::pauseButton));
    view.pause.disableProperty().bind(model.canPauseProperty().not());
    // The icon says what the button does, as its text does: Resume plays on.
    model
        .phaseProperty()
        .addListener(
            (obs, old, phase) ->
                Icons.on(
                    view.pause,
                    phase == RunPhase.PAUSED ? MaterialDesignP.PLAY : MaterialDesignP.PAUSE));
    view.stop.disableProperty().bind(model.canStopProperty().not());
    view.oneMore.disableProperty().bind(model.canOneMoreEpochProperty().not());
  }

  private void bindBanner() {
    OutcomeBanner banner = model.banner();
    view.banner.textProperty().bind(banner.textProperty());
    view.banner.visibleProperty().bind(banner.kindProperty().isNotEqualTo(BannerKind.NONE));
    banner.kindProperty().addListener((obs, old, kind) -> view.markBanner(kind));
  }

  /** Start builds a fresh network: unsaved training of the current one is lost unless kept. */
  private void startAfterAsking() {
    if (discardGuard.mayDiscard(TR.tr("training a new network"))) {
      model.start();
    }
  }

  private void sceneChanged(ObservableValue<? extends Scene> obs, Scene old, Scene now) {
    if (old != null) {
      old.removeEventFilter(KeyEvent.KEY_PRESSED, keys);
    }
    if (now != null) {
      now.addEventFilter(KeyEvent.KEY_PRESSED, keys);
    }
  }

  private void bindCompareTab() {
    BooleanProperty shown = model.history().shownProperty();
    view.curveTabs
        .getSelectionModel()
        .selectedItemProperty()
        .addListener((obs, old, tab) -> shown.set(tab == view.compareTab));
    shown.addListener(
        (obs, old, now) ->
            view.curveTabs.getSelectionModel().select(now ? view.compareTab : view.thisRunTab));
    view.curveTabs.getSelectionModel().select(shown.get() ? view.compareTab : view.thisRunTab);
  }

  /** The "Compare runs" tab's controller (its delete confirmation, for tests). */
  CompareController compare() {
    return compare;
  }

  /** Shows the "Compare runs" tab with the keyboard in the run list. */
  void showCompare() {
    model.history().shownProperty().set(true);
    view.compare.table.requestFocus();
  }

  private void onKey(KeyEvent event) {
    if (COMPARE.match(event)) {
      event.consume();
      showCompare();
    } else if (START.match(event)) {
      if (model.canStartProperty().get()) {
        event.consume();
        startAfterAsking();
      }
    } else if (event.getCode() == KeyCode.SPACE && !event.isShortcutDown()) {
      if (model.canPauseProperty().get()) {
        model.togglePause();
        event.consume();
      }
    } else if (event.getCode() == KeyCode.ESCAPE && model.canStopProperty().get()) {
      model.stop();
      event.consume();
    }
  }
}
