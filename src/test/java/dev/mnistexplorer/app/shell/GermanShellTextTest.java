package dev.mnistexplorer.app.shell;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mnistexplorer.app.common.I18n;
import dev.mnistexplorer.app.common.InGerman;
import dev.mnistexplorer.app.common.PlaceKey;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.service.ModelSummary;
import dev.mnistexplorer.core.store.ModelMetadata;
import dev.mnistexplorer.core.training.TrainingConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The shell's words and numbers in German, and the language notice in the language chosen. */
@ExtendWith(InGerman.class)
class GermanShellTextTest {
  private static final List<String> DIGITS =
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

  @Test
  void theStatusBarsModelTextIsGermanWithAGermanDecimalComma() {
    ModelMetadata trained =
        ModelMetadata.untrained(DIGITS, "test")
            .afterTraining("MNIST", DIGITS, 0.9860f, 5, TrainingConfig.tutorial());
    ModelSummary summary =
        new ModelSummary(NetworkSpec.tutorial(), trained, Path.of("/tmp/mein-netz.mnx"), true);

    assertThat(ModelText.describe(summary, false))
        .isEqualTo("Modell: mein-netz.mnx* (784-256-10 sigmoid, 98,60 % auf MNIST)");
    assertThat(ModelText.describe(summary, true)).endsWith("wird trainiert…)");
    assertThat(ModelText.describe(null, false)).isEqualTo("Modell: wird geladen…");
  }

  @Test
  void theWindowsOwnKeysAreGerman() {
    assertThat(KeyboardHelp.windowKeys())
        .contains(new PlaceKey("Tab / Umschalt+Tab", "das nächste oder vorige Bedienelement"));
  }

  @Test
  void aboutNamesItsFactsInGerman() {
    AboutFacts facts = new AboutFacts("1.0", null, null, null, "17", "21", null, null);

    assertThat(AboutText.details(facts))
        .contains("Lizenz: Apache-2.0")
        .contains("Gerät: erst bekannt, wenn die Engine gestartet ist")
        .contains("Einstellungsdatei: unbekannt");
  }

  @Test
  void theLanguageMenuNamesEachLanguageInItselfAndTheSystemsChoice() {
    assertThat(ViewMenus.languageName("en")).isEqualTo("English");
    assertThat(ViewMenus.languageName("de")).isEqualTo("Deutsch");
    assertThat(ViewMenus.languageName("")).startsWith("System (");
  }

  @Test
  void aTextCanBeHadInTheLanguageChosenForTheNextStart() {
    I18n shell = I18n.forPackageOf(ShellController.class);

    assertThat(shell.tr("Language changed", Locale.ENGLISH)).isEqualTo("Language changed");
    assertThat(shell.tr("Language changed", Locale.GERMAN)).isEqualTo("Sprache geändert");
    assertThat(shell.tr("Language changed", Locale.FRENCH)).isEqualTo("Language changed");
  }
}
