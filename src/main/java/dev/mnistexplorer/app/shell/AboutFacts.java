package dev.mnistexplorer.app.shell;

import java.nio.file.Path;

/**
 * What Help ▸ About reports, gathered once when it opens. A version or device not known yet (the
 * engine still starting, or failed) is null; {@link AboutText} says so in words.
 */
record AboutFacts(
    String appVersion,
    String djlVersion,
    String pytorchVersion,
    String device,
    String javaVersion,
    String javafxVersion,
    Path settingsFile,
    Path dataDir) {}
