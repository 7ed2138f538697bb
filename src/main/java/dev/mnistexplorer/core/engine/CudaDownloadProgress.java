package dev.mnistexplorer.core.engine;

/**
 * How far a {@link CudaDownloader} run is, over all its files: reported on the downloading thread
 * once per received chunk, so a UI hands it to its own thread and may drop some.
 *
 * @param fileName the library being fetched or checked now
 * @param bytesDone bytes of all files downloaded so far (an earlier try's partial files included)
 * @param bytesTotal {@link CudaDownloadPlan#totalBytes()}
 * @param unpacking true while the downloaded file is checked and unpacked
 * @param startedOver true while this file is fetched again from its first byte because the part an
 *     earlier try left could not be continued (the server's file changed, or it ignores ranges)
 */
public record CudaDownloadProgress(
    String fileName, long bytesDone, long bytesTotal, boolean unpacking, boolean startedOver) {

  /** A report about a file that is not being fetched again. */
  public CudaDownloadProgress(String fileName, long bytesDone, long bytesTotal, boolean unpacking) {
    this(fileName, bytesDone, bytesTotal, unpacking, false);
  }

  /** The completed fraction 0..1. */
  public double fraction() {
    return bytesTotal > 0 ? Math.min(1.0, (double) bytesDone / bytesTotal) : 0;
  }
}
