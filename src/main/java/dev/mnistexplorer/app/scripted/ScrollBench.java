package dev.mnistexplorer.app.scripted;

import dev.mnistexplorer.app.dataset.DatasetGrid;
import java.util.concurrent.CompletableFuture;

/**
 * {@code fx_stall_scrolling}: scrolls the Dataset place's digit grid from the first row to the
 * last, a few rows every pulse, as a user dragging the scroll bar through the whole set would, and
 * records the gaps between pulses meanwhile.
 */
final class ScrollBench {
  /** About this many frames for the whole set (10 s at 60 Hz): a brisk drag, not a crawl. */
  private static final int TARGET_FRAMES = 600;

  private static final int MIN_ROWS_PER_FRAME = 3;

  private final DatasetGrid grid;
  private int row;

  ScrollBench(DatasetGrid grid) {
    this.grid = grid;
  }

  /** Runs on the FX thread once the grid shows the training set; completes with the result. */
  CompletableFuture<JsonLine> run() {
    int images = grid.digitsProperty().get() == null ? 0 : grid.digitsProperty().get().count();
    int lastRow = Math.max(0, grid.rowCount() - grid.visibleRows());
    int perFrame = Math.max(MIN_ROWS_PER_FRAME, (lastRow + TARGET_FRAMES - 1) / TARGET_FRAMES);
    row = 0;
    grid.scrollToRow(0);
    PulseRecorder pulses = new PulseRecorder();
    GcSnapshot gc = GcSnapshot.now();
    long started = System.nanoTime();
    pulses.start();
    return FrameLoop.run(
            now -> {
              row = Math.min(lastRow, row + perFrame);
              grid.scrollToRow(row);
              return row < lastRow;
            })
        .thenApply(
            ignored -> {
              FrameGaps gaps = pulses.finish();
              double seconds = (System.nanoTime() - started) / 1e9;
              JsonLine line = gaps.addTo(JsonLine.bench("fx_stall_scrolling"));
              return GcSnapshot.now()
                  .addSince(gc, line)
                  .put("images", images)
                  .put("columns", grid.columns())
                  .put("rows", lastRow)
                  .put("rows_per_frame", perFrame)
                  .put("reached_row", grid.firstVisibleRow())
                  .put("seconds", seconds)
                  .put("rows_per_s", lastRow / seconds)
                  .put("target_max_gap_ms", 50L);
            });
  }
}
