package dev.mnistexplorer.core.engine;

import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * What an earlier try of a {@link CudaDownloader} download left in its work folder, found without
 * the network, so the app can say when it opens that a download continues rather than starts. The
 * download notes its plan there ({@value #PLAN_FILE}: each file's gzipped size) when it starts;
 * what is kept is then counted as its progress counts it.
 *
 * @param bytesKept gzipped bytes already here: partial files, and files already checked and
 *     unpacked
 * @param bytesTotal the whole download as planned when it started; 0 when no plan was noted (a work
 *     folder from before plans were noted: then its partial files alone are counted)
 */
public record KeptDownload(long bytesKept, long bytesTotal) {
  static final String PLAN_FILE = "plan.properties";
  private static final String TOTAL = "total"; // a file name never, as file names hold a "."
  private static final String PART = ".gz.part";

  /** Notes {@code plan} in the work folder, so a later session can count what is kept. */
  static void remember(Path work, CudaDownloadPlan plan) throws IOException {
    Properties sizes = new Properties();
    sizes.setProperty(TOTAL, Long.toString(plan.totalBytes()));
    plan.parts().forEach(part -> sizes.setProperty(part.fileName(), Long.toString(part.size())));
    AtomicWrite.write(work.resolve(PLAN_FILE), out -> sizes.store(out, null));
  }

  /** What {@code work} holds; empty when there is no such folder or nothing in it to continue. */
  static Optional<KeptDownload> find(Path work) throws IOException {
    if (!Files.isDirectory(work)) {
      return Optional.empty();
    }
    Optional<Properties> plan = plan(work);
    KeptDownload kept = plan.isPresent() ? counted(work, plan.get()) : partsOnly(work);
    return kept.bytesKept() > 0 ? Optional.of(kept) : Optional.empty();
  }

  private static Optional<Properties> plan(Path work) {
    Properties sizes = new Properties();
    try (InputStream in = Files.newInputStream(work.resolve(PLAN_FILE))) {
      sizes.load(in);
      Long.parseLong(sizes.getProperty(TOTAL, ""));
      for (String name : sizes.stringPropertyNames()) {
        Long.parseLong(sizes.getProperty(name));
      }
      return Optional.of(sizes);
    } catch (IOException | IllegalArgumentException unreadable) {
      return Optional.empty(); // none, or not one this class wrote: count the parts alone
    }
  }

  private static KeptDownload counted(Path work, Properties sizes) throws IOException {
    long kept = 0;
    for (String name : sizes.stringPropertyNames()) {
      if (name.equals(TOTAL)) {
        continue;
      }
      long size = Long.parseLong(sizes.getProperty(name));
      Path part = work.resolve(name + PART);
      if (Files.isRegularFile(work.resolve("unpacked").resolve(name))) {
        kept += size;
      } else if (Files.isRegularFile(part)) {
        kept += Math.min(size, Files.size(part));
      }
    }
    return new KeptDownload(kept, Long.parseLong(sizes.getProperty(TOTAL)));
  }

  private static KeptDownload partsOnly(Path work) throws IOException {
    long kept = 0;
    try (Stream<Path> files = Files.list(work)) {
      for (Path file : files.filter(f -> f.getFileName().toString().endsWith(PART)).toList()) {
        kept += Files.size(file);
      }
    }
    return new KeptDownload(kept, 0);
  }
}
