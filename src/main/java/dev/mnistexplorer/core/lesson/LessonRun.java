package dev.mnistexplorer.core.lesson;

import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.training.TrainingConfig;

/**
 * One training run a lesson step starts: a fresh network of {@code network} trained with {@code
 * training}; either may be null, meaning the builder's draft as the step left it.
 */
public record LessonRun(NetworkSpec network, TrainingConfig training) {}
