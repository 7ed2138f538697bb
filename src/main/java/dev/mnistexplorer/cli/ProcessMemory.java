package dev.mnistexplorer.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of this process, from /proc (Linux); NaN elsewhere. */
final class ProcessMemory {

  private ProcessMemory() {}

  static double residentMegabytes() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          String kilobytes = line.replaceAll("[^0-9]", "");
          return Long.parseLong(kilobytes) / 1024.0;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return Double.NaN;
    }
    return Double.NaN;
  }
}
