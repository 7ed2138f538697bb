package dev.mnistexplorer.core.data;

/**
 * Receives {@link DownloadProgress} reports from a {@link DatasetDownloader}, on the downloading
 * thread and once per received chunk (tens of kilobytes), so a UI should hand them to its own
 * thread and may drop some.
 */
@FunctionalInterface
public interface DownloadListener {

  /** A listener that ignores all reports. */
  DownloadListener NONE = progress -> {};

  void onProgress(DownloadProgress progress);
}
