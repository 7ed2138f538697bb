package dev.mnistexplorer.core.inference;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;

/** Small image files that claim or carry more than they look like, for tests of hostile input. */
public final class HostileImages {

  private HostileImages() {}

  /**
   * A valid 8×8 PNG whose IHDR (with a correct CRC) claims {@code width × height}: a decoder that
   * trusts the header allocates for the claim before it finds the data missing.
   */
  public static Path pngClaiming(Path file, int width, int height) throws IOException {
    BufferedImage tiny = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_GRAY);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(tiny, "png", bytes);
    byte[] png = bytes.toByteArray();
    // 8 signature bytes, then the IHDR chunk: length (4), "IHDR" (4), width (4), height (4), ...
    ByteBuffer buffer = ByteBuffer.wrap(png);
    buffer.putInt(16, width).putInt(20, height);
    CRC32 crc = new CRC32();
    crc.update(png, 12, 4 + 13);
    buffer.putInt(12 + 4 + 13, (int) crc.getValue());
    return Files.write(file, png);
  }

  /**
   * {@code image} as a JPEG with an EXIF APP1 segment right after SOI declaring {@code orientation}
   * (tag 0x0112 in IFD0), in the given TIFF byte order, as a phone writes it.
   */
  public static Path jpegWithOrientation(
      Path file, BufferedImage image, int orientation, ByteOrder order) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", bytes);
    byte[] jpeg = bytes.toByteArray();
    byte[] app1 = exifApp1(orientation, order);
    byte[] spliced = new byte[jpeg.length + app1.length];
    System.arraycopy(jpeg, 0, spliced, 0, 2);
    System.arraycopy(app1, 0, spliced, 2, app1.length);
    System.arraycopy(jpeg, 2, spliced, 2 + app1.length, jpeg.length - 2);
    return Files.write(file, spliced);
  }

  private static byte[] exifApp1(int orientation, ByteOrder order) {
    ByteBuffer tiff = ByteBuffer.allocate(8 + 2 + 12 + 4).order(order);
    tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
    tiff.put(order == ByteOrder.LITTLE_ENDIAN ? (byte) 'I' : (byte) 'M');
    tiff.putShort((short) 42).putInt(8); // magic, then IFD0 at offset 8
    tiff.putShort((short) 1); // one entry
    tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1); // Orientation, SHORT, count 1
    tiff.putShort((short) orientation).putShort((short) 0);
    tiff.putInt(0); // no next IFD
    byte[] exif = {'E', 'x', 'i', 'f', 0, 0};
    int length = 2 + exif.length + tiff.capacity();
    ByteBuffer app1 = ByteBuffer.allocate(2 + length);
    app1.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(exif).put(tiff.array());
    return app1.array();
  }
}
