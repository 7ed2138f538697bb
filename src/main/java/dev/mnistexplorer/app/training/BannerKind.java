package dev.mnistexplorer.app.training;

/** How the Training place's message banner looks: hidden, good news, neutral, or a problem. */
public enum BannerKind {
  NONE,
  SUCCESS,
  INFO,
  ERROR
}
