package dev.mnistexplorer.core.data;

import java.io.IOException;

/**
 * A {@link DatasetDownloader} run stopped because the user cancelled it (the cancel flag was set or
 * the thread was interrupted). Files completed before the cancel are kept; the one in progress left
 * no partial file behind. A distinct type so that callers can stay quiet about it instead of
 * reporting an error.
 */
public final class DownloadCancelledException extends IOException {

  public DownloadCancelledException(String message) {
    super(message);
  }
}
