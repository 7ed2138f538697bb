package dev.mnistexplorer.core.data;

import java.util.Locale;
import java.util.Objects;

/**
 * One file of a dataset as published for download: its name on the server (which is also the name
 * it gets in the local folder) and the MD5 of its bytes exactly as served, so a download can be
 * verified before it replaces anything.
 *
 * @param md5 lower-case hex MD5 of the file as downloaded (for the datasets here, of the .gz bytes)
 */
public record RemoteFile(String fileName, String md5) {

  public RemoteFile {
    Objects.requireNonNull(fileName, "fileName");
    if (fileName.isEmpty() || fileName.contains("/") || fileName.contains("\\")) {
      // The name becomes a path in the target folder; it must not be able to leave it.
      throw new IllegalArgumentException("not a plain file name: " + fileName);
    }
    md5 = md5.toLowerCase(Locale.ROOT);
    if (!md5.matches("[0-9a-f]{32}")) {
      throw new IllegalArgumentException(fileName + ": not an MD5 hex string: " + md5);
    }
  }
}
