package dev.mnistexplorer.app.lessons;

import dev.mnistexplorer.app.common.I18n;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * The lesson's prompt across the top of the main window, large enough to read from the back of a
 * classroom: the lesson's title, "Step 2 of 5" and Back / Next / End lesson above it, and a line
 * for a step that is still working or could not do something. Knows no model.
 */
public final class LessonBar extends BorderPane {
  private static final I18n TR = I18n.forPackageOf(LessonBar.class);

  final Label title = new Label();
  final Label step = new Label();
  final Label prompt = new Label();
  final Label note = new Label();
  final Label locked = new Label();
  final Button back = new Button(TR.tr("◀ Back"));
  final Button next = new Button(TR.tr("Next ▶"));
  final Button end = new Button(TR.tr("End Lesson"));

  public LessonBar() {
    getStyleClass().add("lesson-bar");
    getStylesheets().add(getClass().getResource("lessons.css").toExternalForm());
    title.getStyleClass().add("lesson-title");
    step.getStyleClass().add("lesson-step");
    prompt.getStyleClass().add("lesson-prompt");
    prompt.setWrapText(true);
    prompt.setMaxWidth(Double.MAX_VALUE);
    // On a small projector screen the window's content is taller than the screen; the prompt is
    // what the class reads, so it keeps all its lines rather than ending in "…".
    prompt.setMinHeight(Region.USE_PREF_SIZE);
    note.getStyleClass().add("lesson-note");
    note.setWrapText(true);
    locked.getStyleClass().add("lesson-locked");
    back.setTooltip(new Tooltip(TR.tr("The previous step again (Alt+Left or Page Up)")));
    next.setTooltip(new Tooltip(TR.tr("The next step (Alt+Right or Page Down)")));
    end.setTooltip(new Tooltip(TR.tr("End the lesson; the app stays as it is now (Ctrl+Shift+L)")));
    // The arrows are decoration: a screen reader says the words, and the keys as help.
    back.setAccessibleText(TR.tr("Previous step"));
    back.setAccessibleHelp(back.getTooltip().getText());
    next.setAccessibleText(TR.tr("Next step"));
    next.setAccessibleHelp(next.getTooltip().getText());
    end.setAccessibleHelp(end.getTooltip().getText());
    next.setDefaultButton(false);
    next.getStyleClass().add("lesson-next");
    title.setWrapText(true);
    // The buttons share the heading's line, so the prompt has the window's whole width; where
    // there is no room they move to their own line instead of being cut to "Weite…".
    HBox buttons = new HBox(8, back, next, end);
    buttons.setAlignment(Pos.CENTER_RIGHT);
    buttons.getStyleClass().add("lesson-buttons");
    LessonHeading heading = new LessonHeading(buttons, title, step, locked);
    heading.getStyleClass().add("lesson-heading");
    // One column, not BorderPane's top and centre: when the window is too short, BorderPane
    // squeezed the top below its height and the heading's second line ran into the prompt.
    setCenter(new VBox(2, heading, prompt, note));
    // Hidden (and taking no room) until a lesson starts.
    setVisible(false);
    managedProperty().bind(visibleProperty());
  }
}
