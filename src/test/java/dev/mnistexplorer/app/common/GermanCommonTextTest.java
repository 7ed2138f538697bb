package dev.mnistexplorer.app.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The places' names and the engine's status in German; numbers in the UI's locale. */
@ExtendWith(InGerman.class)
class GermanCommonTextTest {

  @Test
  void everyPlaceHasAGermanNameAndDescription() {
    assertThat(Place.DATASET.title()).isEqualTo("Datensatz");
    assertThat(Place.PREDICT.title()).isEqualTo("Erkennen");
    assertThat(Place.INSPECT.title()).isEqualTo("Einblick");
    for (Place place : Place.values()) {
      I18n.useLocale(Locale.ENGLISH);
      String english = place.title() + place.description();
      I18n.useLocale(Locale.GERMAN);
      assertThat(place.title() + place.description()).as(place.name()).isNotEqualTo(english);
    }
  }

  @Test
  void theEngineStatusIsGerman() {
    SharedState state = new SharedState();
    assertThat(state.engineStatusProperty().get()).isEqualTo("Engine startet…");

    state.engineFailed("kein Speicher");

    assertThat(state.engineStatusProperty().get())
        .isEqualTo("Engine konnte nicht starten: kein Speicher");
  }

  @Test
  void numbersFollowTheUiLanguage() {
    assertThat(UiNumbers.format("%,d", 60_000)).isEqualTo("60.000");
    assertThat(UiNumbers.format("%.1f", 98.6)).isEqualTo("98,6");
  }
}
