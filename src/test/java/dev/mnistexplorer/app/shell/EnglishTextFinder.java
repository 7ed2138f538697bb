package dev.mnistexplorer.app.shell;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.text.Text;

/**
 * Walks a scene graph for every text a user reads or hears (labels, buttons, tooltips, menus, tabs,
 * prompts, chart titles, accessible texts) and keeps those that still look English, by the feature
 * package that shows them. "Looks English" means it has a word from a list of common English words
 * that German never uses on its own ("the", "and", "network", "digit", "Drop"…); words German
 * shares ("Start", "Test", "Export", "Batch", "Pixel", "Zoom", "Status") are not in it, and data
 * (paths, file names, addresses) is skipped.
 */
final class EnglishTextFinder {
  static final Set<String> ENGLISH_WORDS =
      Set.of(
          "the",
          "and",
          "of",
          "with",
          "from",
          "for",
          "your",
          "you",
          "this",
          "that",
          "these",
          "is",
          "are",
          "not",
          "it",
          "its",
          "to",
          "on",
          "at",
          "by",
          "or",
          "as",
          "be",
          "has",
          "have",
          "into",
          "than",
          "when",
          "while",
          "what",
          "which",
          "how",
          "why",
          "here",
          "each",
          "every",
          "none",
          "yet",
          "more",
          "less",
          "one",
          "two",
          "three",
          "network",
          "networks",
          "digit",
          "digits",
          "train",
          "drop",
          "choose",
          "draw",
          "drawn",
          "drawing",
          "open",
          "save",
          "saved",
          "stop",
          "resume",
          "clear",
          "undo",
          "image",
          "images",
          "layer",
          "layers",
          "hidden",
          "learning",
          "learn",
          "accuracy",
          "loss",
          "epoch",
          "epochs",
          "weight",
          "weights",
          "settings",
          "load",
          "loading",
          "loaded",
          "browse",
          "show",
          "shows",
          "click",
          "press",
          "run",
          "runs",
          "answer",
          "answers",
          "sure",
          "predict",
          "evaluate",
          "inspect",
          "dataset",
          "back",
          "next",
          "new",
          "file",
          "folder",
          "delete",
          "compare",
          "curve",
          "curves",
          "correct",
          "wrong",
          "unit",
          "units",
          "input",
          "output",
          "value",
          "values",
          "mean",
          "count",
          "jump",
          "step",
          "steps",
          "pixels",
          "probability",
          "probabilities",
          "class",
          "classes",
          "cell",
          "cells",
          "row",
          "rows",
          "column",
          "help",
          "about",
          "quit",
          "view",
          "dark",
          "theme",
          "screen",
          "language",
          "shortcuts",
          "keyboard",
          "untrained",
          "trained",
          "optimizer",
          "activation",
          "bars",
          "pad",
          "model",
          "models",
          "device",
          "engine starting",
          "ready",
          "failed",
          "unknown",
          "zoom in",
          "largest",
          "smallest",
          "nearest",
          "test set",
          "training set",
          "my");

  /** Terms German writing on machine learning uses as they are ("die Weight Decay"). */
  static final Set<String> GERMAN_TERMS = Set.of("weight decay");

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}]+");
  private static final Pattern DATA =
      Pattern.compile("(?s).*(/|\\\\|https?:|\\.(mnx|json|png|csv|py|pt)\\b).*");
  private static final String APP_PACKAGE = "dev.mnistexplorer.app.";

  /** Package ("dataset", "shell"…) → the English-looking texts found there. */
  private final Map<String, Set<String>> found = new TreeMap<>();

  Map<String, Set<String>> found() {
    return found;
  }

  private String where = "shell";

  /**
   * Every text under {@code root}, nodes that are not shown included; a text whose node is no class
   * of the app's own is put under {@code place} (a place's view may be built of plain panes).
   */
  void walk(Node root, String place) {
    where = place;
    walk(root);
  }

  private void walk(Node root) {
    check(root, "node", root.getAccessibleText());
    check(root, "accessible help", root.getAccessibleHelp());
    check(root, "role description", root.getAccessibleRoleDescription());
    if (root instanceof Labeled labeled) {
      check(root, "label", labeled.getText());
    }
    if (root instanceof Text text && !(root.getParent() instanceof Labeled)) {
      check(root, "text", text.getText());
    }
    if (root instanceof TextInputControl input) {
      check(root, "prompt", input.getPromptText());
    }
    if (root instanceof Control control) {
      tooltip(root, control.getTooltip());
      menu(root, control.getContextMenu());
    }
    if (root instanceof TabPane tabs) {
      for (Tab tab : tabs.getTabs()) {
        check(root, "tab", tab.getText());
        tooltip(root, tab.getTooltip());
        if (tab.getContent() != null) {
          walk(tab.getContent());
        }
      }
    }
    if (root instanceof Chart chart) {
      check(root, "chart title", chart.getTitle());
    }
    if (root instanceof Axis<?> axis) {
      check(root, "axis", axis.getLabel());
    }
    if (root instanceof MenuBar bar) {
      bar.getMenus().forEach(item -> menuItem(root, item));
    }
    if (root instanceof Parent parent) {
      parent.getChildrenUnmodifiable().forEach(this::walk);
    }
    walkUnskinned(root);
  }

  /** Content that is a child only once the control has its skin (a dialog not yet shown). */
  private void walkUnskinned(Node root) {
    if (root instanceof Control control && control.getSkin() != null) {
      return;
    }
    if (root instanceof ScrollPane scroll && scroll.getContent() != null) {
      walk(scroll.getContent());
    } else if (root instanceof SplitPane split) {
      split.getItems().forEach(this::walk);
    } else if (root instanceof TitledPane titled && titled.getContent() != null) {
      walk(titled.getContent());
    }
  }

  private void tooltip(Node owner, Tooltip tooltip) {
    if (tooltip != null) {
      check(owner, "tooltip", tooltip.getText());
    }
  }

  private void menu(Node owner, ContextMenu menu) {
    if (menu != null) {
      menu.getItems().forEach(item -> menuItem(owner, item));
    }
  }

  private void menuItem(Node owner, MenuItem item) {
    check(owner, "menu", item.getText());
    if (item instanceof Menu submenu) {
      submenu.getItems().forEach(child -> menuItem(owner, child));
    }
  }

  private void check(Node where, String kind, String text) {
    // Key names ("Alt+Delete") are the toolkit's, as on every accelerator in the menus.
    boolean keys = where.getStyleClass().contains("shortcut-keys");
    if (text != null && !keys && looksEnglish(text)) {
      found.computeIfAbsent(packageOf(where), p -> new TreeSet<>()).add(kind + ": " + text);
    }
  }

  /** Whether {@code text} has a word from the English list and is not data. */
  static boolean looksEnglish(String text) {
    String plain = text.replace("_", "");
    if (plain.isBlank() || DATA.matcher(plain).matches()) {
      return false;
    }
    String lower = plain.toLowerCase(Locale.ROOT);
    for (String term : GERMAN_TERMS) {
      lower = lower.replace(term, " ");
    }
    for (String word : WORDS.split(lower)) {
      if (ENGLISH_WORDS.contains(word)) {
        return true;
      }
    }
    String spaced = " " + String.join(" ", WORDS.split(lower)) + " ";
    return ENGLISH_WORDS.stream()
        .filter(phrase -> phrase.contains(" "))
        .anyMatch(phrase -> spaced.contains(" " + phrase + " "));
  }

  /** The feature package of the nearest node that is the app's own class. */
  private String packageOf(Node node) {
    for (Node at = node; at != null; at = at.getParent()) {
      String name = at.getClass().getName();
      if (name.startsWith(APP_PACKAGE)) {
        String rest = name.substring(APP_PACKAGE.length());
        return rest.substring(0, Math.max(0, rest.indexOf('.')));
      }
    }
    return where;
  }
}
