package dev.mnistexplorer.core;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The application's version, as Maven stamped it into the build. */
public final class AppVersion {
  private static final String VERSION = load();

  private AppVersion() {}

  /** e.g. "0.1.0"; "dev" when running from classes Maven has not processed. */
  public static String get() {
    return VERSION;
  }

  private static String load() {
    try (InputStream in =
        AppVersion.class.getResourceAsStream("/dev/mnistexplorer/version.properties")) {
      if (in == null) {
        return "dev";
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version", "dev");
    } catch (IOException e) {
      return "dev";
    }
  }
}
