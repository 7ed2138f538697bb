package dev.mnistexplorer.app.training;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.core.history.AtomicText;
import dev.mnistexplorer.core.history.RunHistory;
import dev.mnistexplorer.core.history.RunRecord;
import dev.mnistexplorer.core.inspect.ArgbImage;
import dev.mnistexplorer.core.inspect.PngFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * The run history's file work, on the I/O executor: reading the history, saving and deleting runs,
 * writing the exports. Each future completes with the sentence to show (or null), or fails with the
 * reason.
 */
final class RunFiles {
  private static final I18n TR = I18n.forPackageOf(RunFiles.class);
  private final RunHistory store;
  private final Executor io;

  RunFiles(RunHistory store, Executor io) {
    this.store = store;
    this.io = io;
  }

  CompletableFuture<RunHistory.Loaded> load() {
    return CompletableFuture.supplyAsync(store::load, io);
  }

  CompletableFuture<String> save(RunRecord run) {
    return onIo(
        () -> {
          store.save(run);
          return null;
        });
  }

  CompletableFuture<String> delete(List<String> ids) {
    return onIo(
        () -> {
          for (String id : ids) {
            store.delete(id);
          }
          return ids.size() == 1
              ? TR.tr("Deleted 1 run")
              : TR.format("Deleted %,d runs", ids.size());
        });
  }

  CompletableFuture<String> exportCsv(String csv, Path file) {
    return onIo(
        () -> {
          AtomicText.writeDocument(file, csv);
          return TR.format("Saved the curves as %s", file.getFileName());
        });
  }

  CompletableFuture<String> exportPng(ArgbImage picture, Path file) {
    return onIo(
        () -> {
          PngFiles.write(picture, file);
          return TR.format("Saved the chart as %s", file.getFileName());
        });
  }

  private CompletableFuture<String> onIo(IoWork work) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return work.run();
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        },
        io);
  }

  @FunctionalInterface
  private interface IoWork {
    String run() throws IOException;
  }
}
