package dev.mnistexplorer.core.mydigits;

import dev.mnistexplorer.core.data.Dataset;
import dev.mnistexplorer.core.data.IdxFileSet;
import dev.mnistexplorer.core.data.IdxFormatException;
import dev.mnistexplorer.core.data.IdxReader;
import dev.mnistexplorer.core.data.IdxWriter;
import dev.mnistexplorer.core.data.KnownDataset;
import dev.mnistexplorer.core.data.LabeledImages;
import dev.mnistexplorer.core.inference.CanvasPreprocessor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The learner's own digits ("My digits"), kept in one file in the user's data folder ({@code
 * UserFolders.myDigits()}): add one, delete one, export all as IDX files, import another pupil's
 * IDX files. Every change reads the file, changes the list and writes it back atomically under one
 * lock, so two changes never lose each other and a failed one leaves the set as it was. Blocking:
 * call it off the JavaFX thread.
 *
 * <p>Export writes every digit as the training pair and again as the test pair: the set is small (a
 * few dozen digits) and is there to measure and fine-tune on one person's handwriting, so a split
 * would leave too few of each class to mean anything; with both pairs the folder also opens as any
 * other four-file IDX dataset. Import reads the training pair, and the test pair too unless it is
 * the same digits again (as an export from this app is).
 */
public final class MyDigitStore {
  /** The name the personal set goes by in every place. */
  public static final String NAME = "My digits";

  /** The set's file inside its folder. */
  public static final String FILE_NAME = "my-digits.bin";

  // One lock for every store in the process: two stores of the same folder must not interleave.
  private static final Object LOCK = new Object();

  private final Path folder;

  public MyDigitStore(Path folder) {
    this.folder = folder;
  }

  /** The file the digits are kept in. */
  public Path file() {
    return folder.resolve(FILE_NAME);
  }

  /** Every digit, oldest first (none when nothing was saved yet). */
  public List<MyDigit> load() throws IOException {
    synchronized (LOCK) {
      return MyDigitsFile.read(file());
    }
  }

  /** Adds {@code digit} at the end; returns the whole set now. */
  public List<MyDigit> add(MyDigit digit) throws IOException {
    synchronized (LOCK) {
      List<MyDigit> digits = new ArrayList<>(load());
      digits.add(digit);
      MyDigitsFile.write(file(), digits);
      return List.copyOf(digits);
    }
  }

  /** Deletes digit {@code index}; returns the whole set now. */
  public List<MyDigit> delete(int index) throws IOException {
    synchronized (LOCK) {
      List<MyDigit> digits = new ArrayList<>(load());
      if (index < 0 || index >= digits.size()) {
        throw new IOException(
            file() + ": there is no digit #" + index + " (the set holds " + digits.size() + ")");
      }
      digits.remove(index);
      MyDigitsFile.write(file(), digits);
      return List.copyOf(digits);
    }
  }

  /** Writes every digit into {@code dir} as the four IDX files (see the class comment). */
  public void exportIdx(Path dir) throws IOException {
    List<MyDigit> digits = load();
    if (digits.isEmpty()) {
      throw new IOException(NAME + " is empty: add digits on Predict before exporting");
    }
    LabeledImages all = images(digits, "train");
    IdxWriter.writeImages(dir.resolve("train-images-idx3-ubyte"), all);
    IdxWriter.writeLabels(dir.resolve("train-labels-idx1-ubyte"), all);
    IdxWriter.writeImages(dir.resolve("t10k-images-idx3-ubyte"), all);
    IdxWriter.writeLabels(dir.resolve("t10k-labels-idx1-ubyte"), all);
  }

  /**
   * Adds the digits of the four IDX files in {@code dir}. Everything is read and checked first
   * (28×28 images, labels 0..9, as many labels as images); any problem throws with the file's name
   * and adds nothing.
   */
  public Imported importIdx(Path dir) throws IOException {
    IdxFileSet files = IdxFileSet.find(dir);
    LabeledImages train = readPair("train", files.trainImages(), files.trainLabels());
    LabeledImages test = readPair("test", files.testImages(), files.testLabels());
    List<MyDigit> incoming = new ArrayList<>(digitsOf(train));
    if (!sameDigits(train, test)) {
      incoming.addAll(digitsOf(test));
    }
    synchronized (LOCK) {
      List<MyDigit> digits = new ArrayList<>(load());
      if (digits.size() + incoming.size() > MyDigitsFile.MAX_DIGITS) {
        throw new IOException(
            dir
                + ": "
                + incoming.size()
                + " more digits would take "
                + NAME
                + " past its limit of "
                + MyDigitsFile.MAX_DIGITS);
      }
      digits.addAll(incoming);
      MyDigitsFile.write(file(), digits);
      return new Imported(incoming.size(), List.copyOf(digits));
    }
  }

  /** What an import did: how many digits it added, and the whole set now. */
  public record Imported(int added, List<MyDigit> digits) {}

  /**
   * The set as a dataset every place can use: every digit is both the training and the test split,
   * so Evaluate (which uses the test split) measures the network on all of them.
   */
  public static Dataset dataset(List<MyDigit> digits) {
    return new Dataset(
        NAME, KnownDataset.MNIST.classNames(), images(digits, "train"), images(digits, "test"));
  }

  /** The digits as one split of 28×28 images. */
  public static LabeledImages images(List<MyDigit> digits, String name) {
    int size = CanvasPreprocessor.MNIST_PIXELS;
    byte[] pixels = new byte[digits.size() * size];
    byte[] labels = new byte[digits.size()];
    for (int i = 0; i < digits.size(); i++) {
      MyDigit digit = digits.get(i);
      System.arraycopy(digit.pixels(), 0, pixels, i * size, size);
      labels[i] = (byte) digit.label();
    }
    int side = CanvasPreprocessor.MNIST_SIDE;
    return new LabeledImages(name, side, side, pixels, labels);
  }

  private static LabeledImages readPair(String name, Path images, Path labels) throws IOException {
    LabeledImages split = IdxReader.readSplit(name, images, labels, MyDigit.CLASSES);
    int side = CanvasPreprocessor.MNIST_SIDE;
    if (split.rows() != side || split.cols() != side) {
      throw new IdxFormatException(
          images.getFileName().toString(),
          "expected 28x28 images, found " + split.rows() + "x" + split.cols());
    }
    if (split.count() > MyDigitsFile.MAX_DIGITS) {
      throw new IdxFormatException(
          images.getFileName().toString(),
          "holds "
              + split.count()
              + " images; "
              + NAME
              + " takes at most "
              + MyDigitsFile.MAX_DIGITS);
    }
    return split;
  }

  private static List<MyDigit> digitsOf(LabeledImages split) {
    int size = split.imageSize();
    List<MyDigit> digits = new ArrayList<>(split.count());
    for (int i = 0; i < split.count(); i++) {
      byte[] pixels = Arrays.copyOfRange(split.pixels(), i * size, (i + 1) * size);
      digits.add(new MyDigit(split.label(i), pixels, List.of()));
    }
    return digits;
  }

  private static boolean sameDigits(LabeledImages a, LabeledImages b) {
    return Arrays.equals(a.labels(), b.labels()) && Arrays.equals(a.pixels(), b.pixels());
  }
}
