package dev.mnistexplorer.app.training;

import java.util.List;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The four live curves of a run (training loss and accuracy at every report, test loss and accuracy
 * after every epoch), each kept to at most {@link #MAX_POINTS} points. Points are added as events
 * arrive and published to the observable lists once per hand-over (the FxCoalescer keeps at most
 * one hand-over waiting), so a burst of events costs a chart one redraw, not one per event.
 * Accuracies are in percent. FX thread only.
 */
public final class TrainingCurves {
  /** Most points a curve keeps; older points are merged beyond that. */
  public static final int MAX_POINTS = 300;

  private static final int REPORTS_PER_EPOCH = 30;
  private static final int MIN_REPORT_BATCHES = 5;

  /** One curve: the downsampled points and the list the view shows. */
  public static final class Curve {
    private final SeriesDownsampler sampler = new SeriesDownsampler(MAX_POINTS);
    private final ObservableList<ChartPoint> points = FXCollections.observableArrayList();
    private final ObservableList<ChartPoint> readOnly =
        FXCollections.unmodifiableObservableList(points);
    private boolean dirty;

    /** The points to draw (changes once per publish). */
    public ObservableList<ChartPoint> points() {
      return readOnly;
    }

    void add(double x, double y) {
      sampler.add(new ChartPoint(x, y));
      dirty = true;
    }

    void clear() {
      sampler.clear();
      points.clear();
      dirty = false;
    }

    /** Drops the points after {@code x} (a stopped epoch's partial curve before continuing). */
    void truncateAfter(double x) {
      List<ChartPoint> kept = sampler.points().stream().filter(p -> p.x() <= x + 1e-9).toList();
      sampler.clear();
      kept.forEach(sampler::add);
      dirty = true;
    }

    void publish() {
      if (dirty) {
        points.setAll(sampler.points());
        dirty = false;
      }
    }
  }

  /**
   * The report interval, in batches, these curves need to look smooth: about {@link
   * #REPORTS_PER_EPOCH} reports per epoch (also on a quick run), never more often than every few
   * batches, as each report reads back from the device. The caller decides whether to use it.
   */
  static int smoothReportInterval(int trainImages, int batchSize) {
    int batches = (trainImages + batchSize - 1) / batchSize;
    return Math.max(MIN_REPORT_BATCHES, batches / REPORTS_PER_EPOCH);
  }

  private final Curve trainLoss = new Curve();
  private final Curve testLoss = new Curve();
  private final Curve trainAccuracy = new Curve();
  private final Curve testAccuracy = new Curve();

  public Curve trainLoss() {
    return trainLoss;
  }

  public Curve testLoss() {
    return testLoss;
  }

  public Curve trainAccuracy() {
    return trainAccuracy;
  }

  public Curve testAccuracy() {
    return testAccuracy;
  }

  private List<Curve> all() {
    return List.of(trainLoss, testLoss, trainAccuracy, testAccuracy);
  }

  void clear() {
    all().forEach(Curve::clear);
  }

  void truncateAfter(double x) {
    all().forEach(curve -> curve.truncateAfter(x));
    publish();
  }

  void publish() {
    all().forEach(Curve::publish);
  }
}
