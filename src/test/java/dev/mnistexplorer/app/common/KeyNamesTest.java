package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Key combinations read in the UI's language, and still match the same presses. */
class KeyNamesTest {

  @AfterEach
  void english() {
    I18n.useLocale(Locale.ENGLISH);
  }

  @Test
  void englishKeepsJavaFxsOwnWords() {
    assertThat(KeyNames.of(KeyCombination.keyCombination("Ctrl+Shift+D")))
        .isEqualTo("Ctrl+Shift+D");
    assertThat(KeyNames.of(KeyCombination.keyCombination("Delete"))).isEqualTo("Delete");
  }

  @Test
  void germanNamesTheModifiersAndKeysAsGermanDesktopsDo() {
    I18n.useLocale(Locale.GERMAN);

    assertThat(KeyNames.of(KeyCombination.keyCombination("Ctrl+Shift+D")))
        .isEqualTo("Strg+Umschalt+D");
    assertThat(KeyNames.of(KeyCombination.keyCombination("Alt+Page Up"))).isEqualTo("Alt+Bild auf");
    assertThat(KeyNames.of(KeyCombination.keyCombination("Delete"))).isEqualTo("Entf");
    assertThat(KeyNames.of(new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN)))
        .isEqualTo("Strg+=");
  }

  @Test
  void thePlusKeyIsNotTakenForAModifiersSeparator() {
    I18n.useLocale(Locale.GERMAN);

    assertThat(KeyNames.of(KeyCombination.keyCombination("Ctrl+Plus"))).isEqualTo("Strg++");
  }

  @Test
  void aShownCombinationReadsInTheUiLanguageAndMatchesTheSamePresses() {
    KeyCombination shown = KeyNames.shown(KeyCombination.keyCombination("Ctrl+Shift+D"));
    I18n.useLocale(Locale.GERMAN);

    assertThat(shown.getDisplayText()).isEqualTo("Strg+Umschalt+D");
    assertThat(shown.match(press(KeyCode.D, true, true))).isTrue();
    assertThat(shown.match(press(KeyCode.D, false, true))).isFalse();
    assertThat(KeyNames.shown(shown)).isSameAs(shown);
  }

  private static KeyEvent press(KeyCode code, boolean shift, boolean control) {
    return new KeyEvent(
        KeyEvent.KEY_PRESSED, "", code.getName(), code, shift, control, false, false);
  }

  /**
   * Texts that name keys in a sentence ("… (Ctrl+Shift+L)") are translated by hand, not through
   * {@link KeyNames}: the German ones must say Strg and Umschalt as the menus beside them do.
   */
  @Test
  void germanTextsNameTheModifiersAsTheMenusDo() throws IOException {
    List<String> english = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/resources/dev/mnistexplorer/app"))) {
      for (Path file : files.filter(f -> f.endsWith("messages_de.properties")).sorted().toList()) {
        Properties german = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          german.load(reader);
        }
        german.forEach(
            (key, text) -> {
              if (text.toString().matches("(?s).*\\b(Ctrl|Shift)\\+.*")) {
                english.add(file.getParent().getFileName() + ": " + text);
              }
            });
      }
    }
    assertThat(english).isEmpty();
  }
}
