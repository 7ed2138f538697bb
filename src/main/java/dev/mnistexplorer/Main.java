package dev.mnistexplorer;

import dev.mnistexplorer.app.scripted.ScriptedModes;
import dev.mnistexplorer.app.shell.DesktopApp;
import dev.mnistexplorer.app.shell.OneInstance;
import dev.mnistexplorer.app.shell.ScriptedRun;
import dev.mnistexplorer.cli.MnistCli;
import dev.mnistexplorer.core.store.LegacyFolderMove;
import dev.mnistexplorer.core.store.UserFolders;
import java.util.Arrays;

/**
 * Entry point of {@code mnist-explorer.jar}: with no arguments (or only desktop options) it opens
 * the desktop app; with a command it runs the command line. This class deliberately does not extend
 * JavaFX's Application, so the jar starts from the class path without JavaFX modules.
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    if (Arrays.asList(args).contains("--verbose")) {
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
      System.setProperty("org.slf4j.simpleLogger.log.ai.djl.util.cuda.CudaUtils", "info");
    }
    useUserFolders(UserFolders.atDefaultLocation());
    if (args.length > 0 && args[0].equals("--self-test")) {
      args[0] = "self-test"; // the installers' smoke-test spelling of the self-test command
    }
    if (DesktopApp.isDesktopLaunch(args)) {
      // The entry point picks a scripted mode (screenshots, UI benchmark); the app never sees it.
      ScriptedRun scripted = ScriptedModes.forArgs(args);
      // While the app runs, a launch (a .mnx double-clicked) hands its file to the running window
      // and ends here, before JavaFX starts; a scripted run always runs on its own.
      if (scripted == null && OneInstance.handOver(args)) {
        return;
      }
      DesktopApp.launchApp(args, scripted);
      return;
    }
    System.exit(MnistCli.run(args));
  }

  /**
   * Moves a pre-XDG {@code ~/.mnist-explorer} over once, then points every native-library cache at
   * the app's cache folder before JavaFX, DJL or JNA first look: otherwise {@code java -jar} leaves
   * {@code ~/.openjfx} and a 432 MB {@code ~/.djl.ai} in the home folder. A user's own setting
   * (environment or -D) wins; the installed app ships these libraries unpacked, so there nothing is
   * written at all.
   */
  static void useUserFolders(UserFolders folders) {
    LegacyFolderMove.atDefaultLocation(folders);
    setDefault("javafx.cachedir", folders.javafxCache().toString());
    setDefault("DJL_CACHE_DIR", folders.djlCache().toString());
    setDefault("jna.tmpdir", folders.jnaCache().toString());
  }

  private static void setDefault(String key, String value) {
    if (System.getProperty(key) == null && System.getenv(key) == null) {
      System.setProperty(key, value);
    }
  }
}
