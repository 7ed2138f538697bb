package dev.mnistexplorer.app.common;

import java.util.Locale;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs each test of a class with the UI in German and puts English back afterwards, as every other
 * test expects ({@code @ExtendWith(InGerman.class)}).
 */
public final class InGerman implements BeforeEachCallback, AfterEachCallback {

  @Override
  public void beforeEach(ExtensionContext context) {
    I18n.useLocale(Locale.GERMAN);
  }

  @Override
  public void afterEach(ExtensionContext context) {
    I18n.useLocale(Locale.ENGLISH);
  }
}
