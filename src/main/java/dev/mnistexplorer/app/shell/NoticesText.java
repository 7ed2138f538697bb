package dev.mnistexplorer.app.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The text of Help ▸ Licences and Notices: the project's licence line and every bundled third-party
 * component's licence. It is {@code installers/LICENSE.txt}, which the build also puts into the jar
 * (pom.xml), so the installers and the app show one and the same file.
 */
final class NoticesText {
  /** Where the build puts {@code installers/LICENSE.txt} in the jar. */
  static final String RESOURCE = "/dev/mnistexplorer/legal/LICENSE.txt";

  /** Far above the real file (a few KB): a larger one is not the notices. */
  private static final int MAX_BYTES = 1 << 20;

  private NoticesText() {}

  /** The bundled notices; fails naming the resource when the jar lacks it or it is oversized. */
  static String bundled() {
    try (InputStream in = NoticesText.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The licence notices " + RESOURCE + " are missing from the app's jar");
      }
      byte[] bytes = in.readNBytes(MAX_BYTES + 1);
      if (bytes.length > MAX_BYTES) {
        throw new IllegalStateException(
            "The licence notices " + RESOURCE + " are larger than " + MAX_BYTES + " bytes");
      }
      return new String(bytes, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the licence notices " + RESOURCE, e);
    }
  }
}
