package dev.mnistexplorer.core.engine;

import java.util.List;

/**
 * What the engine turned out to be once started: versions, the device in use and why.
 *
 * @param gpus NVIDIA GPUs seen on the machine, whether or not the engine can use them
 * @param engineGpuCount GPUs the loaded libtorch can use (0 with the CPU build)
 */
public record EngineInfo(
    String djlVersion,
    String pytorchVersion,
    String flavor,
    DeviceDecision device,
    List<String> gpus,
    int engineGpuCount,
    int threads,
    double startSeconds) {}
