package dev.mnistexplorer.core.lesson;

/** Which network a lesson step puts in place before anything else it does. */
public enum ModelChoice {
  /** The pretrained model that ships with the app. */
  PRETRAINED("pretrained"),
  /** A freshly initialised network built from the builder's draft: it has not learned anything. */
  FRESH("fresh");

  private final String id;

  ModelChoice(String id) {
    this.id = id;
  }

  public String id() {
    return id;
  }

  /**
   * @throws IllegalArgumentException naming the accepted values
   */
  static ModelChoice parse(String text) {
    for (ModelChoice choice : values()) {
      if (choice.id.equals(text)) {
        return choice;
      }
    }
    throw new IllegalArgumentException("must be one of pretrained, fresh");
  }
}
