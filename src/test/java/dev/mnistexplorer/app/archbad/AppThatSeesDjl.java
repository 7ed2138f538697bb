package dev.mnistexplorer.app.archbad;

import ai.djl.Device;

/** Breaks ArchitectureTest.APP_AND_CLI_DO_NOT_SEE_DJL on purpose. Never run. */
public final class AppThatSeesDjl {
  private AppThatSeesDjl() {}

  static Device device() {
    return Device.cpu();
  }
}
