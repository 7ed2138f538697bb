package dev.mnistexplorer.app.scripted;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import javafx.animation.AnimationTimer;

/**
 * Records the time of every JavaFX pulse while it runs, and the FX thread's CPU time then. An
 * animation timer is called once per pulse with the pulse's time stamp, so the gaps between the
 * calls are the gaps between frames the user sees; a busy or paused FX thread shows up as a long
 * gap, and the CPU time tells which of the two it was. Its own cost is two array stores and a clock
 * read a pulse, so it does not disturb what it measures.
 */
public final class PulseRecorder extends AnimationTimer {
  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private final boolean cpuKnown = threads.isCurrentThreadCpuTimeSupported();
  private long[] pulses = new long[4096];
  private long[] cpu = new long[4096];
  private int count;

  @Override
  public void handle(long now) {
    if (count == pulses.length) {
      pulses = Arrays.copyOf(pulses, count * 2);
      cpu = Arrays.copyOf(cpu, count * 2);
    }
    pulses[count] = now;
    cpu[count++] = cpuKnown ? threads.getCurrentThreadCpuTime() : 0;
  }

  /** Stops recording and summarises the gaps seen since {@link #start()}. */
  public FrameGaps finish() {
    stop();
    return FrameGaps.of(pulses, cpuKnown ? cpu : null, count);
  }
}
