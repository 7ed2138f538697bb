package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The third-party notices stay complete: every runtime dependency the build resolves (Maven writes
 * them to target/runtime-dependencies.txt, pom.xml) has a line in installers/LICENSE.txt with its
 * coordinates and version, and the app shows exactly that file.
 */
class ThirdPartyNoticesTest {
  /** One line of {@code mvn dependency:list}: group:artifact:type[:classifier]:version:scope. */
  private static final Pattern DEPENDENCY =
      Pattern.compile(
          "^\\s+([\\w.-]+):([\\w.-]+):[\\w-]+(?::[\\w.-]+)?:([\\w.-]+):(compile|runtime)");

  private static final Path DEPENDENCY_LIST = Path.of("target", "runtime-dependencies.txt");

  @Test
  void everyRuntimeDependencyHasANoticeWithItsVersion() throws IOException {
    List<String> listing = Files.readAllLines(DEPENDENCY_LIST, StandardCharsets.UTF_8);
    List<String> dependencies = dependencies(listing);

    assertThat(dependencies)
        .as("parsed from %s", DEPENDENCY_LIST)
        .contains("ai.djl:api 0.36.0", "org.controlsfx:controlsfx 11.2.2")
        .hasSizeGreaterThan(10);
    assertThat(missingFrom(NoticesText.bundled(), dependencies))
        .as("runtime dependencies without a notice in installers/LICENSE.txt")
        .isEmpty();
  }

  @Test
  void aDependencyWithoutANoticeOrWithAnotherVersionIsFound() {
    String notices = "- JNA: Apache License 2.0.\n    net.java.dev.jna:jna 5.17.0\n";
    List<String> listing =
        List.of(
            "   net.java.dev.jna:jna:jar:5.17.0:compile -- module com.sun.jna [auto]",
            "   net.java.dev.jna:jna-platform:jar:5.17.0:compile",
            "   ai.djl.pytorch:pytorch-native-cpu:jar:linux-x86_64:2.7.1:runtime");

    assertThat(missingFrom(notices, dependencies(listing)))
        .containsExactly(
            "net.java.dev.jna:jna-platform 5.17.0", "ai.djl.pytorch:pytorch-native-cpu 2.7.1");
    assertThat(missingFrom(notices, List.of("net.java.dev.jna:jna 5.18.0")))
        .containsExactly("net.java.dev.jna:jna 5.18.0");
  }

  @Test
  void theAppShowsTheFileTheInstallersShipWithThePomsLicenceAndUrl() throws IOException {
    String shipped = Files.readString(Path.of("installers", "LICENSE.txt"), StandardCharsets.UTF_8);
    String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
    Matcher url = Pattern.compile("<url>([^<]+)</url>").matcher(pom); // the first: the project's
    assertThat(url.find()).as("pom.xml has a <url>").isTrue();

    assertThat(NoticesText.bundled()).isEqualTo(shipped);
    assertThat(shipped)
        .contains("Apache License, Version 2.0", url.group(1))
        .contains("MNIST", "CC BY-SA 3.0", "Fashion-MNIST", "libtorch", "OpenJDK", "OpenJFX");
    assertThat(pom).contains("<name>Apache-2.0</name>");
    assertThat(Files.readString(Path.of("NOTICE"), StandardCharsets.UTF_8)).contains(url.group(1));
    assertThat(Files.readString(Path.of("LICENSE"), StandardCharsets.UTF_8))
        .contains("Apache License", "Version 2.0, January 2004", "END OF TERMS AND CONDITIONS");
  }

  /** "group:artifact version" for each resolved runtime dependency in a dependency:list file. */
  private static List<String> dependencies(List<String> listing) {
    List<String> found = new ArrayList<>();
    for (String line : listing) {
      Matcher match = DEPENDENCY.matcher(line);
      if (match.find()) {
        String dependency = match.group(1) + ":" + match.group(2) + " " + match.group(3);
        if (!found.contains(dependency)) {
          found.add(dependency); // JavaFX lists each artifact twice (with and without classifier)
        }
      }
    }
    return found;
  }

  /** The dependencies whose exact "group:artifact version" line the notices lack. */
  private static List<String> missingFrom(String notices, List<String> dependencies) {
    List<String> lines = notices.lines().map(String::strip).toList();
    return dependencies.stream().filter(dependency -> !lines.contains(dependency)).toList();
  }
}
