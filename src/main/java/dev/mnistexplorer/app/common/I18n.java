package dev.mnistexplorer.app.common;

import java.util.IllegalFormatException;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One feature package's words in the user's language. Each package keeps its own bundle, {@code
 * messages.properties} (English) and {@code messages_de.properties} (German), beside its classes,
 * so features are translated where they are written. The key of every entry is the English text
 * itself (as JabRef does): the code stays readable, and a missing entry can only ever show English.
 *
 * <p>Patterns are {@link String#format} patterns formatted in the UI's locale, so "%.1f%%" reads
 * "98.6%" in English and "98,6 %" in German (the German entry decides the spacing). {@code
 * BundleCompletenessTest} fails when code asks for a text that a bundle lacks.
 *
 * <p>The locale is chosen once, at start, before any window exists (View ▸ Language takes effect at
 * the next start): one static value instead of a locale passed through every constructor.
 */
public final class I18n {
  private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

  /** The languages the UI speaks; the first is the default. */
  public static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.GERMAN);

  private static volatile Locale locale = Locale.ENGLISH;

  private final String bundleName;
  private volatile ResourceBundle bundle;
  private volatile Locale bundleLocale;

  private I18n(String bundleName) {
    this.bundleName = bundleName;
  }

  /** The translations of {@code type}'s package ({@code <package>/messages*.properties}). */
  public static I18n forPackageOf(Class<?> type) {
    return new I18n(type.getPackageName() + ".messages");
  }

  /** The locale of every word and number in the UI. */
  public static Locale locale() {
    return locale;
  }

  /** Chooses the UI's language; called once at start, before any window is built. */
  public static void useLocale(Locale chosen) {
    locale = supported(chosen);
  }

  /**
   * The locale for a settings value: "en" or "de" as chosen in View ▸ Language, or "" for the
   * system's language when the UI speaks it, else English.
   */
  public static Locale fromSetting(String code, Locale system) {
    Locale wanted = code == null || code.isBlank() ? system : Locale.forLanguageTag(code);
    return supported(wanted);
  }

  private static Locale supported(Locale wanted) {
    for (Locale language : LANGUAGES) {
      if (language.getLanguage().equals(wanted.getLanguage())) {
        return language;
      }
    }
    return LANGUAGES.get(0);
  }

  /** {@code english} in the UI's language (English itself when the bundle lacks it). */
  public String tr(String english) {
    ResourceBundle words = bundle();
    if (words != null && words.containsKey(english)) {
      return words.getString(english);
    }
    return english;
  }

  /**
   * {@code english} in {@code language} instead of the UI's: for the few words that must already
   * speak the language chosen for the next start (View ▸ Language's notice).
   */
  public String tr(String english, Locale language) {
    ResourceBundle words = load(supported(language));
    if (words != null && words.containsKey(english)) {
      return words.getString(english);
    }
    return english;
  }

  /**
   * {@link String#format} of the translated {@code englishPattern} in the UI's locale. A
   * translation whose conversions do not fit the arguments falls back to the English pattern.
   */
  public String format(String englishPattern, Object... args) {
    try {
      return String.format(locale, tr(englishPattern), args);
    } catch (IllegalFormatException badTranslation) {
      LOG.warn(
          "the {} entry for \"{}\" does not fit its arguments ({}); English is shown",
          locale.getDisplayLanguage(Locale.ENGLISH),
          englishPattern,
          badTranslation.getMessage());
      return String.format(locale, englishPattern, args);
    }
  }

  private ResourceBundle bundle() {
    Locale wanted = locale;
    if (bundleLocale != wanted) {
      bundle = load(wanted);
      bundleLocale = wanted;
    }
    return bundle;
  }

  private ResourceBundle load(Locale wanted) {
    try {
      // No fallback to the JVM's default locale: English is the base bundle, not "whatever the
      // desktop speaks".
      return ResourceBundle.getBundle(
          bundleName,
          wanted,
          I18n.class.getClassLoader(),
          ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    } catch (MissingResourceException none) {
      return null;
    }
  }
}
