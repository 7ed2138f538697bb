package dev.mnistexplorer.app.shell;

import java.util.concurrent.CompletableFuture;

/**
 * A scripted mode the launcher picked ({@code --screenshots}, {@code --ui-bench}): it drives the
 * running window through an {@link AppDriver}, reports its own results and errors, and completes
 * when done; the app then quits.
 */
@FunctionalInterface
public interface ScriptedRun {
  CompletableFuture<Void> run(AppDriver app);
}
