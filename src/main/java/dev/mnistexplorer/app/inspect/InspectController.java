package dev.mnistexplorer.app.inspect;

import dev.mnistexplorer.app.common.AppContext;
import dev.mnistexplorer.app.common.GridKeys;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.inspect.ForwardComparison;
import dev.mnistexplorer.core.inspect.ForwardPass;
import dev.mnistexplorer.core.inspect.Stage;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.scene.input.KeyEvent;

/**
 * Binds the Inspect view to its model: the digit's source, the answer and the stages into the
 * labels and cards (through {@link InspectText}), the chosen stage into its formula and difference;
 * "Follow the Predict pad", By hand | By layer, clicks, Tab and Left/Right into the model's
 * commands.
 */
final class InspectController {
  private static final I18n TR = I18n.forPackageOf(InspectController.class);

  /** Help ▸ Keyboard Shortcuts: the keys handled below. */
  static final List<PlaceKey> KEYS =
      List.of(
          new PlaceKey(TR.tr("Left / Right"), TR.tr("choose the stage before or after")),
          new PlaceKey(TR.tr("Home / End"), TR.tr("the first or last stage")),
          new PlaceKey(TR.tr("Up / Down"), TR.tr("within a stage: read the value before or after")),
          new PlaceKey(
              TR.tr("Page Up / Page Down"),
              TR.tr("within a stage: the value a row above or below")));

  private final AppContext context;
  private final InspectModel model;
  private final InspectView view;
  private final List<StageCard> wired = new ArrayList<>();

  InspectController(AppContext context, InspectModel model, InspectView view) {
    this.context = context;
    this.model = model;
    this.view = view;
    bindCommands();
    bindHeader();
    model.passProperty().addListener(o -> showPass());
    model.selectedStageProperty().addListener(o -> showSelected());
    showPass();
  }

  private void bindCommands() {
    view.follow.setOnAction(event -> model.followPad());
    view.follow.disableProperty().bind(model.followingProperty());
    (model.byLayerProperty().get() ? view.byLayer : view.byHand).setSelected(true);
    view.computation
        .getToggleGroup()
        .selectedToggleProperty()
        .addListener(
            (obs, old, now) -> {
              if (now == null) {
                old.setSelected(true); // one of the two is always chosen
              } else {
                model.byLayerProperty().set(now == view.byLayer);
              }
            });
    model
        .byLayerProperty()
        .addListener((obs, old, now) -> (now ? view.byLayer : view.byHand).setSelected(true));
    // A mnemonic (Alt+Y, Alt+L) sends the button an action event without toggling it.
    view.byHand.setOnAction(event -> model.byLayerProperty().set(false));
    view.byLayer.setOnAction(event -> model.byLayerProperty().set(true));
    view.strip.addEventHandler(KeyEvent.KEY_PRESSED, this::moveBetweenStages);
  }

  private void bindHeader() {
    view.source
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    InspectText.source(
                        model.digitProperty().get(),
                        model.followingProperty().get(),
                        model.classNames()),
                model.digitProperty(),
                model.followingProperty(),
                context.state().modelProperty()));
    view.error.textProperty().bind(model.errorProperty());
    view.hint
        .textProperty()
        .bind(
            Bindings.createStringBinding(
                () ->
                    model.digitProperty().get() == null
                        ? InspectText.noDigit()
                        : TR.tr("Looking inside the network…"),
                model.digitProperty()));
  }

  /** Left/Right (and Home/End) choose the stage before or after; the focus follows. */
  private void moveBetweenStages(KeyEvent event) {
    if (GridKeys.withModifier(event)) {
      return; // Alt+Left/Right and the like belong to the menus (a lesson's steps)
    }
    if (moveWithinStage(event)) {
      event.consume();
      return;
    }
    switch (event.getCode()) {
      case LEFT, KP_LEFT -> model.selectPrevious();
      case RIGHT, KP_RIGHT -> model.selectNext();
      case HOME -> model.select(0);
      case END -> model.select(Integer.MAX_VALUE);
      default -> {
        return;
      }
    }
    event.consume();
    int chosen = model.selectedStageProperty().get();
    if (chosen < view.cards().size()) {
      view.cards().get(chosen).requestFocus();
    }
  }

  /** Up/Down (Page Up/Down) move the chosen stage's value cursor; true when they did. */
  private boolean moveWithinStage(KeyEvent event) {
    int chosen = model.selectedStageProperty().get();
    if (chosen >= view.cards().size()) {
      return false;
    }
    StageCanvas picture = view.cards().get(chosen).picture;
    switch (event.getCode()) {
      case UP, KP_UP -> picture.moveCursor(-1, 0);
      case DOWN, KP_DOWN -> picture.moveCursor(1, 0);
      case PAGE_UP -> picture.moveCursor(0, -1);
      case PAGE_DOWN -> picture.moveCursor(0, 1);
      default -> {
        return false;
      }
    }
    return true;
  }

  private void showPass() {
    ForwardPass pass = model.passProperty().get();
    view.hint.setVisible(pass == null);
    view.stageDetail.setVisible(pass != null);
    // With no digit the hint in the middle says it all; the same words above it were an echo.
    view.source.setVisible(pass != null);
    view.stripScroll.setVisible(pass != null);
    if (pass == null) {
      view.answer.setText("");
      showSelected();
      return;
    }
    List<String> names = model.classNames();
    view.answer.setText(InspectText.answer(pass, names));
    view.showStageCount(pass.stages().size());
    for (int i = 0; i < pass.stages().size(); i++) {
      StageCard card = view.cards().get(i);
      wire(card, i);
      fill(card, pass.stages().get(i), names);
    }
    showSelected();
  }

  private static void fill(StageCard card, Stage stage, List<String> names) {
    card.title.setText(InspectText.title(stage.name()));
    card.shape.setText(InspectText.shape(stage));
    card.figures.setText(InspectText.figures(stage));
    card.picture.show(
        stage.values(),
        StageGrid.of(stage.shape()),
        InspectText.isClassStage(stage.name()) ? names : List.of());
    card.picture.setAccessibleText(InspectText.picture(stage));
    showReadout(card, stage, names);
  }

  /**
   * The value under the pointer or the keyboard's cursor; while the focused card has a cursor, a
   * screen reader hears that value rather than the stage's summary.
   */
  private static void showReadout(StageCard card, Stage stage, List<String> names) {
    int index = card.picture.hoveredProperty().get();
    card.readout.setText(InspectText.valueAt(stage, index, names));
    card.setAccessibleText(
        card.isFocused() && index >= 0
            ? InspectText.valueAt(stage, index, names)
            : InspectText.accessibleText(stage));
  }

  /** Once per card: the value under the pointer, and choosing by click or Tab. */
  private void wire(StageCard card, int index) {
    if (wired.contains(card)) {
      return;
    }
    wired.add(card);
    card.picture
        .hoveredProperty()
        .addListener(
            o -> {
              ForwardPass pass = model.passProperty().get();
              if (pass != null && index < pass.stages().size()) {
                showReadout(card, pass.stages().get(index), model.classNames());
              }
            });
    card.setOnMouseClicked(
        event -> {
          model.select(index);
          card.requestFocus();
        });
    card.focusedProperty()
        .addListener(
            (obs, was, focused) -> {
              if (focused) {
                model.select(index);
              } else {
                card.picture.hideCursor();
              }
            });
  }

  private void showSelected() {
    ForwardPass pass = model.passProperty().get();
    int chosen = model.selectedStageProperty().get();
    view.markSelected(chosen);
    if (pass == null || chosen >= pass.stages().size()) {
      view.stageTitle.setText("");
      view.formula.setText("");
      view.difference.setText("");
      return;
    }
    Stage stage = pass.stages().get(chosen);
    ForwardComparison comparison = model.comparisonProperty().get();
    view.stageTitle.setText(InspectText.step(chosen, pass.stages().size(), stage.name()));
    view.formula.setText(InspectText.formula(pass, chosen, comparison != null));
    view.difference.setText(
        comparison == null
            ? InspectText.compareHint()
            : InspectText.difference(comparison.maxAbsDifference(stage.name())));
  }
}
