package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which command lines open the desktop app rather than the command line. */
class DesktopAppTest {

  @Test
  void theHiddenDesktopOptionsOpenTheWindow() {
    assertThat(DesktopApp.isDesktopLaunch(new String[] {})).isTrue();
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"--screenshots", "out"})).isTrue();
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"--ui-bench"})).isTrue();
  }

  @Test
  void aModelFileOpensTheWindowAsADoubleClickOnItWould() {
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"/home/ada/digits.mnx"})).isTrue();
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"eval", "--model", "digits.mnx"}))
        .isFalse();
  }

  @Test
  void aCommandDoesNotOpenTheWindow() {
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"bench"})).isFalse();
    assertThat(DesktopApp.isDesktopLaunch(new String[] {"train", "--ui-bench"})).isFalse();
  }
}
