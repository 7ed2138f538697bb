package dev.mnistexplorer.core.inference;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The EXIF orientation of a JPEG (tag 0x0112 in IFD0 of the APP1 "Exif" segment) and the turn or
 * flip that makes the picture upright. Phones store the sensor's pixels as they came and only note
 * how the phone was held, and {@code ImageIO} ignores that note, so without this a digit
 * photographed in portrait arrives lying on its side. Only the segments before the image data are
 * read, and a missing or malformed tag means "as stored" (1): orientation is a courtesy, never a
 * reason to refuse a picture.
 */
public final class ExifOrientation {

  /** The picture is stored upright. */
  public static final int UPRIGHT = 1;

  private static final int SOI = 0xFFD8;
  private static final int APP1 = 0xE1;
  private static final int START_OF_SCAN = 0xDA;
  private static final int END_OF_IMAGE = 0xD9;
  private static final int ORIENTATION_TAG = 0x0112;
  private static final int SHORT_TYPE = 3;
  private static final int IFD_ENTRY_BYTES = 12;

  /** A JPEG has a few header segments; a file with more is not worth searching further. */
  private static final int MAX_SEGMENTS = 64;

  private ExifOrientation() {}

  /** The orientation (1..8) {@code file} declares; 1 when it is no JPEG or declares none. */
  public static int read(Path file) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      return read(new DataInputStream(in));
    } catch (EOFException e) {
      return UPRIGHT;
    }
  }

  private static int read(DataInputStream in) throws IOException {
    if (in.readUnsignedShort() != SOI) {
      return UPRIGHT;
    }
    for (int segment = 0; segment < MAX_SEGMENTS; segment++) {
      int marker = in.readUnsignedShort();
      if ((marker >>> 8) != 0xFF
          || (marker & 0xFF) == START_OF_SCAN
          || (marker & 0xFF) == END_OF_IMAGE) {
        return UPRIGHT;
      }
      int length = in.readUnsignedShort() - 2;
      if (length < 0) {
        return UPRIGHT;
      }
      if ((marker & 0xFF) == APP1) {
        byte[] body = new byte[length];
        in.readFully(body);
        int found = fromApp1(body);
        if (found != 0) {
          return found;
        }
      } else {
        in.skipNBytes(length);
      }
    }
    return UPRIGHT;
  }

  /** The orientation in an APP1 segment's body, or 0 when it is not EXIF or has none. */
  static int fromApp1(byte[] body) {
    byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
    if (body.length < exif.length + 8 || !startsWith(body, exif)) {
      return 0;
    }
    ByteBuffer tiff = ByteBuffer.wrap(body, exif.length, body.length - exif.length).slice();
    int order = tiff.getShort(0);
    if (order == 0x4949) {
      tiff.order(ByteOrder.LITTLE_ENDIAN);
    } else if (order != 0x4D4D) {
      return 0;
    }
    long ifd = Integer.toUnsignedLong(tiff.getInt(4));
    if (ifd < 8 || ifd + 2 > tiff.limit()) {
      return 0;
    }
    int entries = Short.toUnsignedInt(tiff.getShort((int) ifd));
    for (int i = 0; i < entries; i++) {
      int at = (int) ifd + 2 + i * IFD_ENTRY_BYTES;
      if (at + IFD_ENTRY_BYTES > tiff.limit()) {
        return 0;
      }
      if (Short.toUnsignedInt(tiff.getShort(at)) == ORIENTATION_TAG
          && tiff.getShort(at + 2) == SHORT_TYPE) {
        int value = Short.toUnsignedInt(tiff.getShort(at + 8));
        return value >= 1 && value <= 8 ? value : 0;
      }
    }
    return 0;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * The picture as it is meant to be seen, for a stored picture with EXIF {@code orientation}. The
   * cases follow the EXIF table of where the stored row 0 and column 0 appear: 2 mirrors, 3 turns
   * half round, 4 flips; 5 to 8 swap width and height (5 transposes, 6 turns clockwise, 7
   * transverses, 8 turns anticlockwise).
   */
  public static GrayImage upright(GrayImage stored, int orientation) {
    if (orientation <= UPRIGHT || orientation > 8) {
      return stored;
    }
    int w = stored.width();
    int h = stored.height();
    boolean swaps = orientation >= 5;
    int outWidth = swaps ? h : w;
    int outHeight = swaps ? w : h;
    float[] source = stored.values();
    float[] out = new float[source.length];
    for (int y = 0; y < outHeight; y++) {
      for (int x = 0; x < outWidth; x++) {
        out[y * outWidth + x] = source[sourceIndex(orientation, x, y, w, h)];
      }
    }
    return new GrayImage(outWidth, outHeight, out);
  }

  /** Where the upright pixel (x, y) sits in the stored w×h picture. */
  private static int sourceIndex(int orientation, int x, int y, int w, int h) {
    return switch (orientation) {
      case 2 -> y * w + (w - 1 - x);
      case 3 -> (h - 1 - y) * w + (w - 1 - x);
      case 4 -> (h - 1 - y) * w + x;
      case 5 -> x * w + y;
      case 6 -> (h - 1 - x) * w + y;
      case 7 -> (h - 1 - x) * w + (w - 1 - y);
      case 8 -> x * w + (w - 1 - y);
      default -> y * w + x;
    };
  }
}
