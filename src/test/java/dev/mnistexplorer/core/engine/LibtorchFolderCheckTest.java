package dev.mnistexplorer.core.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LibtorchFolderCheckTest {
  @TempDir Path dir;

  private Path libtorch(Path folder, List<String> names) throws IOException {
    Files.createDirectories(folder);
    for (String name : names) {
      Files.write(folder.resolve(name), new byte[] {0x7f, 'E', 'L', 'F'});
    }
    return folder;
  }

  @Test
  void aCompleteFolderWithoutAVersionFileIsUsable() throws IOException {
    Path folder = libtorch(dir.resolve("lib"), LibtorchFolderCheck.REQUIRED);

    LibtorchFolderCheck.Result result = LibtorchFolderCheck.check(folder);

    assertThat(result.usable()).isTrue();
    assertThat(result.version()).isEmpty();
    assertThat(result.problem()).isEmpty();
  }

  @Test
  void aPyTorchInstallsTorchFolderIsTakenForItsLibFolderWithItsVersion() throws IOException {
    Path torch = dir.resolve("site-packages/torch");
    libtorch(torch.resolve("lib"), LibtorchFolderCheck.REQUIRED);
    Files.writeString(torch.resolve("version.py"), "__version__ = '2.7.1+cu128'\ncuda = '12.8'\n");

    LibtorchFolderCheck.Result result = LibtorchFolderCheck.check(torch);

    assertThat(result.folder()).isEqualTo(torch.resolve("lib"));
    assertThat(result.version()).isEqualTo("2.7.1+cu128");
    assertThat(result.usable()).isTrue();
  }

  @Test
  void aCpuBuildIsRefusedNamingTheFolderAndTheMissingCudaLibraries() throws IOException {
    Path folder =
        libtorch(dir.resolve("cpu"), List.of("libtorch.so", "libtorch_cpu.so", "libc10.so"));

    LibtorchFolderCheck.Result result = LibtorchFolderCheck.check(folder);

    assertThat(result.usable()).isFalse();
    assertThat(result.missing()).containsExactly("libtorch_cuda.so", "libc10_cuda.so");
    assertThat(result.problem())
        .contains(folder.toString())
        .contains("lacks libtorch_cuda.so, libc10_cuda.so");
  }

  @Test
  void anEmptyLibraryFileCountsAsMissing() throws IOException {
    Path folder = libtorch(dir.resolve("lib"), LibtorchFolderCheck.REQUIRED);
    Files.write(folder.resolve("libc10.so"), new byte[0]);

    assertThat(LibtorchFolderCheck.check(folder).missing()).containsExactly("libc10.so");
  }

  @Test
  void anotherVersionIsRefusedWithBothVersions() throws IOException {
    Path root = dir.resolve("libtorch");
    libtorch(root.resolve("lib"), LibtorchFolderCheck.REQUIRED);
    Files.writeString(root.resolve("build-version"), "2.5.0+cu124\n");

    LibtorchFolderCheck.Result result = LibtorchFolderCheck.check(root.resolve("lib"));

    assertThat(result.wrongVersion()).isTrue();
    assertThat(result.problem()).contains("2.5.0+cu124").contains("2.7.1");
  }

  @Test
  void djlsOwnCacheFolderStatesItsVersionInItsName() throws IOException {
    Path folder = libtorch(CudaLibtorch.folderIn(dir), LibtorchFolderCheck.REQUIRED);

    assertThat(LibtorchFolderCheck.check(folder).version()).isEqualTo("2.7.1");
  }

  @Test
  void aFolderThatIsNotThereIsSaidToBeNone() {
    LibtorchFolderCheck.Result result = LibtorchFolderCheck.check(dir.resolve("nothing"));

    assertThat(result.exists()).isFalse();
    assertThat(result.problem()).endsWith("nothing is not a folder");
  }

  @Test
  void theIndexKeepsOnlyTheCudaLinuxFilesAndDecodesTheirNames() {
    String index =
        "cpu/linux-x86_64/native/lib/libtorch.so.gz\n"
            + "cu128/linux-x86_64/native/lib/libtorch_cuda.so.gz\r\n"
            + "cu128/linux-x86_64/native/lib/libnvrtc-builtins%2Bx.so.12.8.gz\n"
            + "cu128/win-x86_64/native/lib/torch.dll.gz\n\n";

    List<String> lines = CudaLibtorch.filesFromIndex(index);

    assertThat(lines).hasSize(2);
    assertThat(lines.stream().map(CudaLibtorch::unpackedName))
        .containsExactly("libtorch_cuda.so", "libnvrtc-builtins+x.so.12.8");
  }
}
