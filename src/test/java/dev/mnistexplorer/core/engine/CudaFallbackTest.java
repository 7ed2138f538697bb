package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.mnistexplorer.DjlTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A CUDA libtorch that is not usable gives way to the CPU engine with the reason. libtorch loads
 * once per JVM, so the load itself is tried in a fresh one (the command line's {@code info}).
 */
class CudaFallbackTest {
  @TempDir Path dir;

  @Test
  void aFolderThatIsNotALibtorchIsRefusedBeforeAnythingLoads() {
    String problem = DjlEngine.problemWith(new CudaSource.Folder(dir));

    assertThat(problem).contains(dir.toString()).contains("lacks libtorch.so");
  }

  @Test
  void theCpuEngineNeedsNoCheck() {
    assertThat(DjlEngine.problemWith(CudaSource.none())).isEmpty();
  }

  @Test
  void aDownloadAlreadyInTheCacheLoadsAsAFolder() throws IOException {
    Path folder = Files.createDirectories(CudaLibtorch.folderIn(dir));
    for (String name : LibtorchFolderCheck.REQUIRED) {
      Files.write(folder.resolve(name), new byte[] {1});
    }

    assertThat(DjlEngine.resolve(new CudaSource.Download(dir)))
        .isEqualTo(new CudaSource.Folder(folder));
  }

  @Test
  @DjlTest
  @Timeout(120)
  void librariesThatFailToLoadFallBackToTheCpuAndSayWhy() throws Exception {
    Path fake = Files.createDirectories(dir.resolve("fake-libtorch"));
    for (String name : LibtorchFolderCheck.REQUIRED) {
      Files.writeString(fake.resolve(name), "not a shared library");
    }

    JsonObject info = info("--cuda-libtorch", fake.toString());

    assertThat(info.get("engine_flavor").getAsString()).isEqualTo("cpu");
    assertThat(info.get("device").getAsString()).isEqualTo("CPU");
    assertThat(info.get("cuda_problem").getAsString()).startsWith("the CUDA engine did not load");
  }

  /** Runs {@code info} in a new JVM on this test's class path; its one JSON line. */
  private JsonObject info(String... options) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add("-Dmnistexplorer.home=" + dir.resolve("home"));
    command.add("-DDJL_CACHE_DIR=" + djlCache()); // the libtorch already unpacked for the tests
    command.add("-Dai.djl.offline=true");
    command.add("dev.mnistexplorer.Main");
    command.add("info");
    command.addAll(List.of(options));
    Process process = new ProcessBuilder(command).redirectErrorStream(false).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(100, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(err).isZero();
    return JsonParser.parseString(out.strip().lines().reduce((a, b) -> b).orElse("{}"))
        .getAsJsonObject();
  }

  private static String djlCache() {
    String set = System.getProperty("DJL_CACHE_DIR", System.getenv("DJL_CACHE_DIR"));
    return set != null ? set : Path.of(System.getProperty("user.home"), ".djl.ai").toString();
  }
}
