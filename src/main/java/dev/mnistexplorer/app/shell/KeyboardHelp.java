package dev.mnistexplorer.app.shell;

import dev.mnistexplorer.app.common.Place;

/** The text of Help ▸ Keyboard Shortcuts. */
final class KeyboardHelp {

  private KeyboardHelp() {}

  static String text() {
    StringBuilder text = new StringBuilder();
    for (Place place : Place.values()) {
      text.append(place.shortcut().getDisplayText())
          .append("  ")
          .append(place.title())
          .append('\n');
    }
    text.append("\nCtrl+N  New model\nCtrl+O  Open model\nCtrl+S  Save model\n")
        .append("Ctrl+Shift+S  Save model as\nCtrl+Shift+E  Export to PyTorch\n")
        .append("F5  Projector mode\nF11  Full screen\n")
        .append(
            "Ctrl+Shift+D  Dark theme\n\nPredict: Esc/Delete clear, Ctrl+Z undo, Ctrl+I open an image,"
                + " Alt+W why this answer, Alt+I inspect\n")
        .append("Train: Ctrl+Enter start, Space pause/resume, Esc stop\n")
        .append(
            "Compare runs (Train): Ctrl+R show, Space select a row, Delete delete,"
                + " Alt+U curve, Alt+C export CSV, Alt+G export PNG, Alt+D delete\n")
        .append("Inspect: Ctrl+Tab forward pass or weights, Left/Right choose a stage\n")
        .append(
            "My digits: on the pad, 0–9 adds the drawing with that label (Alt+A asks for it),"
                + " Alt+M centre like MNIST; in Dataset, Delete removes the selected digit (Enter"
                + " confirms, Esc keeps it), Alt+U fine-tune, Alt+K keep, Alt+S discard\n")
        .append(
            "Lessons: Alt+Right or Page Down next step, Alt+Left or Page Up back,"
                + " Ctrl+L lock mode, Ctrl+Shift+L end, Ctrl+Shift+O open a lesson file;"
                + " F10 then the arrow keys: the Lessons menu and its lessons");
    return text.toString();
  }
}
