package dev.mnistexplorer.core.data;

import java.io.IOException;

/**
 * An IDX file (or a pair of them) that cannot be used as a dataset split: wrong magic number,
 * impossible dimensions, data that ends before the header says it should, a label outside the class
 * range, or image and label files that disagree on the count. The message always starts with the
 * file's name and says what was expected and what was found, so it can be shown to the user as is.
 * It extends {@link IOException} because a bad file is one more way reading a dataset can fail, and
 * callers already handle that.
 */
public final class IdxFormatException extends IOException {

  private final String source;

  /**
   * @param source the file name (or other description of the data) shown to the user
   * @param problem what was expected and what was found
   */
  public IdxFormatException(String source, String problem) {
    super(source + ": " + problem);
    this.source = source;
  }

  /** Same, keeping the low-level cause (e.g. a corrupt gzip stream). */
  public IdxFormatException(String source, String problem, Throwable cause) {
    super(source + ": " + problem, cause);
    this.source = source;
  }

  /** The file (or stream description) the problem was found in. */
  public String source() {
    return source;
  }
}
