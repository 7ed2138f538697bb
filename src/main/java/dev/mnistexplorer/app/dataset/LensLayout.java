package dev.mnistexplorer.app.dataset;

/**
 * Where {@link PixelValuesView} puts the picture and the lens when the picture's squares are too
 * small for their values: the picture as large a square as leaves the lens room for a few readable
 * squares, beside it or below it (whichever gives the larger picture); the lens takes what is left,
 * up to 14 squares a side.
 *
 * @param pictureCell side of one pixel's square in the picture
 * @param pictureX the picture's left edge
 * @param lensRows rows of values in the lens
 * @param lensCols columns of values in the lens
 * @param lensCell side of one square in the lens
 * @param lensX the lens's left edge
 * @param lensY the lens's top edge
 */
record LensLayout(
    double pictureCell,
    double pictureX,
    int lensRows,
    int lensCols,
    double lensCell,
    double lensX,
    double lensY) {
  private static final int MIN_LENS = 3;
  private static final int MAX_LENS = 14;
  private static final int LENS_ROOM = 6;

  /**
   * For a {@code width}×{@code height} area, an image of {@code cells} pixels a side, squares of at
   * least {@code readableCell} for readable values, and {@code gap} between picture and lens.
   */
  static LensLayout of(double width, double height, int cells, double readableCell, double gap) {
    double lensRoom = gap + LENS_ROOM * readableCell;
    double beside = Math.min(height, Math.max((width - gap) / 2, width - lensRoom));
    double below = Math.min(width, Math.max((height - gap) / 2, height - lensRoom));
    double side = Math.max(0, Math.max(beside, below));
    double pictureCell = Math.floor(side / cells);
    double pictureSide = cells * pictureCell;
    boolean besideIt = beside >= below;
    double lensWidth = besideIt ? width - pictureSide - gap : width;
    double lensHeight = besideIt ? pictureSide : height - pictureSide - gap;
    int cols = count(lensWidth, readableCell);
    int rows = count(lensHeight, readableCell);
    double lensCell = Math.max(0, Math.floor(Math.min(lensWidth / cols, lensHeight / rows)));
    if (besideIt) {
      double left = Math.floor((width - pictureSide - gap - cols * lensCell) / 2);
      return new LensLayout(pictureCell, left, rows, cols, lensCell, left + pictureSide + gap, 0);
    }
    double lensX = Math.floor((width - cols * lensCell) / 2);
    return new LensLayout(
        pictureCell, (width - pictureSide) / 2, rows, cols, lensCell, lensX, pictureSide + gap);
  }

  private static int count(double length, double readableCell) {
    int fit = (int) Math.floor(length / readableCell);
    return Math.max(MIN_LENS, Math.min(MAX_LENS, fit));
  }
}
