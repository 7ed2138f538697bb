package dev.mnistexplorer.app.evaluate;

import dev.mnistexplorer.app.common.ColumnScroll;
import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.DoubleProperty;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The Evaluate place's layout: a header with the Evaluate button and progress; the accuracy and
 * per-class bars; the confusion matrix with the sentence for teachers; and the chosen cell's digits
 * with one digit up close. Three columns on a wide window; on a narrow one or in projector mode the
 * matrix fills the visible height first and the rest follows below (scrolling). Layout and styling
 * only; {@link EvaluateController} fills it.
 */
final class EvaluateView extends ScrollPane {
  private static final I18n TR = I18n.forPackageOf(EvaluateView.class);

  /** Below this width (in px at UI scale 1) the cell's digits move under the matrix. */
  private static final double WIDE = 1000;

  /**
   * Below this width (in px at UI scale 1) the matrix's words go under it rather than beside it:
   * beside it, on a 1024-px screen in projector mode, they pushed the page into a sideways scroll.
   */
  private static final double WORDS_BESIDE = 470;

  final Button evaluate = Icons.on(new Button(TR.tr("_Evaluate")), MaterialDesignP.PLAY);
  final ProgressIndicator progress = new ProgressIndicator();
  final Label status = new Label();
  final Label accuracy = new Label("—");
  final Label mistakes = new Label(TR.tr("Not evaluated yet"));
  final ClassBars perClass = new ClassBars();
  final ConfusionMatrixView matrix;
  final Hyperlink sentence = new Hyperlink();
  final Label readout = new Label();
  final HeatLegend legend = new HeatLegend();
  final Label cellTitle = new Label();
  final CellDigitsGrid digits;
  final AnsweredDigitPanel detail;
  final Label digitHint =
      new Label(
          TR.tr("Click a digit (or Tab to it and press Space) to see how sure the network was."));
  private final VBox summary;
  private final VBox matrixSection;
  private final Label matrixHeading = sectionTitle(TR.tr("Confusion matrix"));
  private List<Node> matrixWords;
  private final VBox cellSection;
  private static final PseudoClass BELOW = PseudoClass.getPseudoClass("below");
  private final VBox columns = new VBox();
  private final VBox content = new VBox();
  private final HBox header;
  private final DoubleProperty uiScale;
  private Boolean wide;
  private Boolean wordsBeside;

  EvaluateView(DoubleProperty uiScale) {
    this.uiScale = uiScale;
    matrix = new ConfusionMatrixView(uiScale);
    digits = new CellDigitsGrid(uiScale);
    detail = new AnsweredDigitPanel(uiScale);
    summary = summary();
    matrixSection = matrixSection();
    cellSection = cellSection();
    columns.getStyleClass().add("evaluate-columns");
    VBox.setVgrow(columns, Priority.ALWAYS);
    header = header();
    content.getChildren().addAll(header, columns);
    content.getStyleClass().add("evaluate-content");
    setContent(content);
    getStyleClass().add("evaluate-view");
    setFitToWidth(true);
    getStylesheets().add(getClass().getResource("evaluate.css").toExternalForm());
    widthProperty().addListener(observable -> arrange());
    uiScale.addListener(observable -> arrange());
    arrange();
  }

  /** The header: title, Evaluate button, progress and what was evaluated (or what went wrong). */
  private HBox header() {
    Label title = new Label(TR.tr("Evaluate"));
    title.getStyleClass().add("title");
    title.setMinWidth(Region.USE_PREF_SIZE);
    evaluate.setMinWidth(Region.USE_PREF_SIZE);
    evaluate.setDefaultButton(false);
    evaluate.setTooltip(
        new Tooltip(TR.tr("Run the current network on every test image of the dataset (Alt+E)")));
    evaluate.setId("evaluate-button");
    progress.getStyleClass().add("evaluate-progress");
    progress.setVisible(false);
    status.getStyleClass().add("muted");
    status.setWrapText(true);
    status.setMinHeight(Region.USE_PREF_SIZE);
    HBox.setHgrow(status, Priority.ALWAYS);
    HBox header = new HBox(title, evaluate, progress, status);
    header.getStyleClass().add("evaluate-header");
    return header;
  }

  private VBox summary() {
    Label heading = sectionTitle(TR.tr("Test accuracy"));
    accuracy.getStyleClass().add("accuracy-big");
    accuracy.setMinWidth(Region.USE_PREF_SIZE);
    mistakes.getStyleClass().add("accuracy-sub");
    mistakes.setWrapText(true);
    Label perClassHeading = sectionTitle(TR.tr("Correct per class"));
    Label hint = muted(TR.tr("The share of each true class the network gets right."));
    VBox box = new VBox(heading, accuracy, mistakes, perClassHeading, perClass, hint);
    box.getStyleClass().addAll("evaluate-section", "summary");
    return box;
  }

  private VBox matrixSection() {
    Label hint =
        muted(
            TR.tr(
                "Rows: the true class. Columns: the network's answer. The diagonal is right,"
                    + " every other cell a mistake."));
    sentence.getStyleClass().add("teacher-sentence");
    sentence.setWrapText(true);
    sentence.setMinHeight(Region.USE_PREF_SIZE);
    sentence.setTooltip(new Tooltip(TR.tr("Show the digits of the most confused pair")));
    readout.getStyleClass().add("muted");
    readout.setMinHeight(Region.USE_PREF_SIZE);
    matrixHeading.setMinHeight(Region.USE_PREF_SIZE);
    matrixHeading.setMinWidth(Region.USE_PREF_SIZE); // one word in German: never broken
    matrixWords = List.of(hint, legend, sentence, readout);
    VBox box = new VBox();
    box.getStyleClass().addAll("evaluate-section", "matrix-section");
    return box;
  }

  /**
   * The matrix with its words under it (wide: a column of its own), or beside it (narrow, or
   * projector mode: the matrix spans the place and is as tall as the window shows, so it is seen
   * whole without scrolling and its cells are as large as the window allows).
   */
  private void arrangeMatrix(boolean wordsBeside) {
    HBox.setHgrow(matrix, Priority.ALWAYS);
    VBox.setVgrow(matrix, Priority.ALWAYS);
    if (wordsBeside) {
      VBox words = new VBox();
      words.getStyleClass().add("matrix-words");
      words.getChildren().setAll(matrixHeading);
      words.getChildren().addAll(matrixWords);
      // The words scroll on their own when they are longer than the matrix is tall, so they
      // never push the matrix's labels below the window.
      // As wide as its heading, at least: German "Konfusionsmatrix" was broken mid-word.
      ScrollPane wordsScroll = new ColumnScroll(words);
      wordsScroll.getStyleClass().add("matrix-words-scroll");
      HBox row = new HBox(matrix, wordsScroll);
      row.getStyleClass().add("matrix-row");
      VBox.setVgrow(row, Priority.ALWAYS);
      matrixSection.getChildren().setAll(row);
    } else {
      matrixSection.getChildren().setAll(matrixHeading, matrixWords.get(0), matrix);
      matrixSection.getChildren().addAll(matrixWords.subList(1, matrixWords.size()));
    }
  }

  private VBox cellSection() {
    cellTitle.getStyleClass().add("section-title");
    cellTitle.setWrapText(true);
    cellTitle.setMinHeight(Region.USE_PREF_SIZE);
    VBox.setVgrow(digits, Priority.ALWAYS);
    digitHint.getStyleClass().add("muted");
    digitHint.setWrapText(true);
    digitHint.setMinHeight(Region.USE_PREF_SIZE);
    VBox box = new VBox(cellTitle, digits, digitHint, detail);
    box.getStyleClass().addAll("evaluate-section", "cell-section");
    return box;
  }

  private static Label sectionTitle(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("section-title");
    label.setWrapText(true); // narrow columns wrap headings rather than cut them
    return label;
  }

  private static Label muted(String text) {
    Label label = new Label(text);
    label.getStyleClass().add("muted");
    label.setWrapText(true);
    label.setMinHeight(Region.USE_PREF_SIZE);
    return label;
  }

  /**
   * Three columns when there is room; else (a narrow window, or projector mode) the matrix first,
   * across the place and as tall as the visible area, with its words beside it ({@link
   * #WORDS_BESIDE}) or under it, then the summary, then the cell's digits.
   */
  private void arrange() {
    boolean nowWide = getWidth() == 0 || getWidth() >= WIDE * uiScale.get();
    boolean nowBeside = !nowWide && getWidth() >= WORDS_BESIDE * uiScale.get();
    if (wide != null && wide == nowWide && wordsBeside == nowBeside) {
      return;
    }
    wide = nowWide;
    wordsBeside = nowBeside;
    arrangeMatrix(nowBeside);
    HBox.setHgrow(matrixSection, Priority.ALWAYS);
    HBox.setHgrow(cellSection, Priority.ALWAYS);
    matrixSection.prefHeightProperty().unbind();
    matrixSection.setPrefHeight(Region.USE_COMPUTED_SIZE);
    if (nowWide) {
      HBox top = new HBox(summary, matrixSection, cellSection);
      top.getStyleClass().add("evaluate-columns");
      VBox.setVgrow(top, Priority.ALWAYS);
      columns.getChildren().setAll(top);
    } else {
      // One under the other: side by side they were wider than a projector's small window.
      columns.getChildren().setAll(matrixSection, summary, cellSection);
      matrixSection.prefHeightProperty().bind(visibleHeightUnderHeader());
    }
    cellSection.pseudoClassStateChanged(BELOW, !nowWide);
    // Wide: the place fits the window; narrow: it grows downwards and scrolls.
    setFitToHeight(nowWide);
  }

  /** The height the scroll pane shows below the header: what the matrix section may fill. */
  private DoubleBinding visibleHeightUnderHeader() {
    return Bindings.createDoubleBinding(
        () ->
            getViewportBounds().getHeight()
                - header.getHeight()
                - content.getSpacing()
                - content.snappedTopInset(),
        viewportBoundsProperty(),
        header.heightProperty(),
        content.spacingProperty());
  }
}
