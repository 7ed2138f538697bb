package dev.mnistexplorer.app.archbad;

import dev.mnistexplorer.app.scripted.ScriptedModes;
import dev.mnistexplorer.app.shell.ScriptedRun;

/**
 * Breaks "nothing in the app depends on the scripted modes" on purpose: app code picking a scripted
 * mode itself. Never run; only imported by ArchitectureTest.
 */
public final class ShellThatRunsTheBench {
  private ShellThatRunsTheBench() {}

  /** The benchmark, chosen from inside the app. */
  public static ScriptedRun bench() {
    return ScriptedModes.forArgs(new String[] {"--ui-bench"});
  }
}
