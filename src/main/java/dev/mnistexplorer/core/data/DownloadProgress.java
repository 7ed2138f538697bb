package dev.mnistexplorer.core.data;

/**
 * How far a {@link DatasetDownloader} run has got: which file (by name and position in the list),
 * and how many of its bytes have arrived. Enough for a progress bar per file or overall.
 *
 * @param fileIndex 0-based position of the file in the list being downloaded
 * @param fileCount how many files the run downloads in all
 * @param bytesDone bytes of this file received so far
 * @param bytesTotal the file's size as the server announced it, or -1 if it did not
 */
public record DownloadProgress(
    String fileName, int fileIndex, int fileCount, long bytesDone, long bytesTotal) {

  /** This file's completed fraction 0..1, or -1 when the total is unknown. */
  public double fileFraction() {
    return bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal) : -1;
  }

  /** Whether all of this file's announced bytes have arrived (or it was already present). */
  public boolean fileDone() {
    return bytesTotal >= 0 && bytesDone == bytesTotal;
  }
}
