package dev.mnistexplorer.app.scripted;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;

/**
 * Collections and collection time so far, summed over the JVM's collectors. The difference over a
 * benchmark tells whether garbage collection could explain the stalls it saw.
 */
record GcSnapshot(long collections, long millis) {

  static GcSnapshot now() {
    long count = 0;
    long time = 0;
    for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
      count += Math.max(0, collector.getCollectionCount());
      time += Math.max(0, collector.getCollectionTime());
    }
    return new GcSnapshot(count, time);
  }

  /** Adds what happened since {@code before} to a result line. */
  JsonLine addSince(GcSnapshot before, JsonLine line) {
    return line.put("gc_count", collections - before.collections)
        .put("gc_ms", millis - before.millis);
  }
}
