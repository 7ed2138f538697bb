package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.shell.ScriptedRun;
import java.nio.file.Path;
import java.util.List;

/**
 * Picks the scripted mode the launch arguments ask for: {@code --screenshots DIR} renders every
 * place to PNG files, {@code --ui-bench} measures the window and prints JSON lines, {@code
 * --visit-and-quit} shows every place once (the installers' class-list run). All then quit.
 */
public final class ScriptedModes {
  private ScriptedModes() {}

  /** The scripted run for these arguments, or null for the ordinary app. */
  public static ScriptedRun forArgs(String[] args) {
    List<String> raw = List.of(args);
    int at = raw.indexOf("--screenshots");
    if (at >= 0 && at + 1 < raw.size()) {
      ScreenshotRunner.useTemporaryDataFolder();
      return new ScreenshotRunner(Path.of(raw.get(at + 1)))::run;
    }
    if (raw.contains("--ui-bench")) {
      return new UiBenchmark(System.out)::run;
    }
    if (raw.contains("--visit-and-quit")) {
      return new VisitAndQuit()::run;
    }
    return null;
  }
}
