package dev.mnistexplorer.core.data;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The byte stream of one IDX file, plain or gzip, that knows how far it has read so that every
 * truncation error can name the offset where the data ran out. Package-private: {@link IdxReader}
 * is the public face.
 */
final class IdxInput implements Closeable {

  static final long UNKNOWN_SIZE = -1;

  /** Java arrays cannot be larger than this (the usual VM limit, a little under 2^31). */
  static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

  private static final int GZIP_MAGIC_1 = 0x1f;
  private static final int GZIP_MAGIC_2 = 0x8b;
  private static final int BUFFER_BYTES = 1 << 16;

  /**
   * The first body allocation for data of unknown real length; it doubles as data actually arrives,
   * so a header that lies about the count cannot make us allocate what the file does not hold.
   */
  private static final int FIRST_CHUNK_BYTES = 1 << 20;

  private final InputStream in;
  private final String source;
  private final boolean gzip;
  private final long plainSize;
  private long position;

  private IdxInput(InputStream in, String source, boolean gzip, long plainSize) {
    this.in = in;
    this.source = source;
    this.gzip = gzip;
    this.plainSize = plainSize;
  }

  /**
   * Wraps {@code raw}, decompressing it if it starts with the gzip magic bytes.
   *
   * @param rawSize the byte length of {@code raw} if known (a plain file), else {@link
   *     #UNKNOWN_SIZE}
   */
  static IdxInput open(InputStream raw, String source, long rawSize) throws IOException {
    BufferedInputStream buffered = new BufferedInputStream(raw, BUFFER_BYTES);
    buffered.mark(2);
    boolean gzip = buffered.read() == GZIP_MAGIC_1 && buffered.read() == GZIP_MAGIC_2;
    buffered.reset();
    if (!gzip) {
      return new IdxInput(buffered, source, false, rawSize);
    }
    try {
      return new IdxInput(new GZIPInputStream(buffered, BUFFER_BYTES), source, true, UNKNOWN_SIZE);
    } catch (EOFException | ZipException e) {
      throw new IdxFormatException(
          source, "starts like a gzip file but its gzip header is broken: " + e.getMessage(), e);
    }
  }

  String source() {
    return source;
  }

  /** The known total length of the (plain) data, or {@link #UNKNOWN_SIZE} for gzip and streams. */
  long plainSize() {
    return plainSize;
  }

  long position() {
    return position;
  }

  /** Reads a big-endian 32-bit integer, or fails naming what it was reading. */
  int readInt(String what) throws IOException {
    byte[] bytes = new byte[4];
    int read = readUpTo(bytes, 0, 4);
    if (read < 4) {
      String where = position == 0 ? "file is empty" : "file ends at byte " + format(position);
      throw new IdxFormatException(source, where + " while reading the " + what);
    }
    return ((bytes[0] & 0xFF) << 24)
        | ((bytes[1] & 0xFF) << 16)
        | ((bytes[2] & 0xFF) << 8)
        | (bytes[3] & 0xFF);
  }

  /**
   * Reads exactly {@code expected} body bytes, growing the buffer only as data arrives.
   *
   * @param promise what the header promised, e.g. "10,000 images of 28x28", for the error message
   */
  byte[] readBody(long expected, String promise) throws IOException {
    long end = position + expected;
    if (plainSize != UNKNOWN_SIZE) {
      if (plainSize < end) {
        throw truncated(plainSize, promise, end);
      }
      if (expected > MAX_ARRAY_BYTES) {
        throw tooLarge(expected, promise);
      }
    }
    int limit = (int) Math.min(expected, MAX_ARRAY_BYTES);
    // A plain file's size was just checked, so its whole body can be allocated at once.
    byte[] buffer =
        new byte[plainSize != UNKNOWN_SIZE ? limit : Math.min(limit, FIRST_CHUNK_BYTES)];
    int filled = 0;
    while (filled < limit) {
      if (filled == buffer.length) {
        buffer = Arrays.copyOf(buffer, (int) Math.min(limit, 2L * buffer.length));
      }
      filled += readUpTo(buffer, filled, buffer.length - filled);
      if (filled < buffer.length) {
        throw truncated(position, promise, end);
      }
    }
    if (limit < expected) {
      throw tooLarge(expected, promise);
    }
    return buffer;
  }

  /**
   * The error for a body the header claims beyond what this app reads. A header that lies about a
   * tiny file is still reported as the truncation it is: plain files by their size, compressed data
   * by reading on, without keeping anything, until it ends or passes {@code maxBytes}. So a few MB
   * of gzip that would inflate to gigabytes costs at most {@code maxBytes} of decompression and no
   * memory.
   *
   * @param maxBytes how many body bytes are read at most; when the claim is within it, the claim
   * @param limit what was exceeded, e.g. "the 500,000 images this app reads"
   */
  IdxFormatException overLimit(long expected, String promise, long maxBytes, String limit)
      throws IOException {
    long end = position + expected;
    IdxFormatException tooMuch =
        new IdxFormatException(
            source,
            "the header claims "
                + promise
                + " ("
                + format(expected)
                + " bytes), more than "
                + limit);
    if (plainSize != UNKNOWN_SIZE) {
      return plainSize < end ? truncated(plainSize, promise, end) : tooMuch;
    }
    long wanted = Math.min(expected, maxBytes + 1);
    byte[] scratch = new byte[BUFFER_BYTES];
    for (long seen = 0; seen < wanted; ) {
      int asked = (int) Math.min(scratch.length, wanted - seen);
      int read = readUpTo(scratch, 0, asked);
      if (read < asked) {
        return truncated(position, promise, end);
      }
      seen += read;
    }
    return tooMuch;
  }

  /** Fails if anything follows the data the header promised: a sign of a wrong count. */
  void expectEnd(String promise) throws IOException {
    long end = position;
    if (plainSize != UNKNOWN_SIZE ? plainSize > end : readUpTo(new byte[1], 0, 1) > 0) {
      throw new IdxFormatException(
          source,
          "expected the file to end at byte "
              + format(end)
              + " after "
              + promise
              + ", found more data");
    }
  }

  private IdxFormatException tooLarge(long expected, String promise) {
    return new IdxFormatException(
        source,
        "the header promises "
            + promise
            + " ("
            + format(expected)
            + " bytes), more than the "
            + format(MAX_ARRAY_BYTES)
            + " bytes this reader can hold");
  }

  private IdxFormatException truncated(long endsAt, String promise, long expectedEnd) {
    String suffix = gzip ? " (after decompression)" : "";
    return new IdxFormatException(
        source,
        "file ends at byte "
            + format(endsAt)
            + suffix
            + " but the header promises "
            + promise
            + " ("
            + format(expectedEnd)
            + " bytes)");
  }

  /** Reads until {@code length} bytes or the end of the data; returns how many it got. */
  private int readUpTo(byte[] target, int offset, int length) throws IOException {
    int total = 0;
    try {
      while (total < length) {
        int read = in.read(target, offset + total, length - total);
        if (read < 0) {
          break;
        }
        total += read;
      }
    } catch (EOFException e) {
      // GZIPInputStream's way of saying the compressed file was cut short: a truncation like any
      // other.
    } catch (ZipException e) {
      throw new IdxFormatException(
          source,
          "gzip data is corrupt at byte "
              + format(position + total)
              + " (after decompression): "
              + e.getMessage(),
          e);
    }
    position += total;
    return total;
  }

  /** Closes the decompressor (its native memory) and the underlying stream. */
  @Override
  public void close() throws IOException {
    in.close();
  }

  static String format(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }
}
