package dev.mnistexplorer.app.common;

/** Switches the main window to a place. */
@FunctionalInterface
public interface Navigator {
  void show(Place place);
}
