package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Image files that are too big, not files, or turned: refused in words, or put upright. */
class HostileImageFilesTest {

  @TempDir Path folder;

  @Test
  void aPngWhoseHeaderClaims30000By30000IsRefusedBeforeDecoding() throws IOException {
    Path file = HostileImages.pngClaiming(folder.resolve("huge.png"), 30_000, 30_000);

    assertThat(Files.size(file)).isLessThan(1000);
    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .isInstanceOf(IOException.class)
        .hasMessage(
            file
                + ": the image is 30,000×30,000 pixels (900 megapixels), more than the 25"
                + " megapixels this app reads");
  }

  @Test
  void aPictureJustWithinThePixelLimitIsStillChecked() throws IOException {
    // 5000 x 5000 is exactly 25 MP: allowed by the header check, then refused as broken data.
    Path file = HostileImages.pngClaiming(folder.resolve("edge.png"), 5000, 5000);

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .hasMessageContaining("edge.png: not a PNG/JPEG/BMP/GIF image")
        .hasMessageNotContaining("megapixels");
  }

  @Test
  void aFileLargerThanTheByteLimitIsRefusedUnread() throws IOException {
    Path file = folder.resolve("big.png");
    try (RandomAccessFile sparse = new RandomAccessFile(file.toFile(), "rw")) {
      sparse.setLength(ImageFiles.MAX_FILE_BYTES + 1); // sparse: no disk space taken
    }

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .hasMessage(file + ": the file is 100 MB, more than the 100 MB an image may have");
  }

  @Test
  void aFolderIsRefusedAsAFolder() throws IOException {
    Path dir = Files.createDirectory(folder.resolve("pictures.png"));

    assertThatThrownBy(() -> ImageFiles.readGray(dir))
        .hasMessage(dir + ": is a folder, expected a PNG/JPEG/BMP/GIF image");
  }

  @Test
  void aMissingFileSaysFileNotFound() {
    Path file = folder.resolve("gone.png");

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessage(file + ": file not found, expected a PNG/JPEG/BMP/GIF image");
  }

  /**
   * A landscape picture, stored as the camera saw it, with a black block in its stored top-left
   * corner and a mid-grey one in its stored top-right corner. Where they must appear follows the
   * EXIF table (where stored row 0 and column 0 end up), written out by hand per orientation.
   */
  @ParameterizedTest(name = "orientation {0}: black at {1}, grey at {2}")
  @CsvSource({
    "1, TL, TR, 64, 32",
    "2, TR, TL, 64, 32",
    "3, BR, BL, 64, 32",
    "4, BL, BR, 64, 32",
    "5, TL, BL, 32, 64",
    "6, TR, BR, 32, 64",
    "7, BR, TR, 32, 64",
    "8, BL, TL, 32, 64"
  })
  void aJpegIsTurnedUprightAsItsExifOrientationSays(
      int orientation, String black, String grey, int width, int height) throws IOException {
    for (ByteOrder order : new ByteOrder[] {ByteOrder.BIG_ENDIAN, ByteOrder.LITTLE_ENDIAN}) {
      Path file =
          HostileImages.jpegWithOrientation(
              folder.resolve("photo-" + orientation + ".jpg"), markedPicture(), orientation, order);

      assertThat(ExifOrientation.read(file)).isEqualTo(orientation);
      GrayImage upright = ImageFiles.readGray(file);

      assertThat(upright.width()).as("width").isEqualTo(width);
      assertThat(upright.height()).as("height").isEqualTo(height);
      assertThat(corner(upright, black)).as("black corner " + black).isLessThan(0.15f);
      assertThat(corner(upright, grey)).as("grey corner " + grey).isBetween(0.35f, 0.65f);
      for (String other : new String[] {"TL", "TR", "BL", "BR"}) {
        if (!other.equals(black) && !other.equals(grey)) {
          assertThat(corner(upright, other)).as("white corner " + other).isGreaterThan(0.85f);
        }
      }
    }
  }

  @Test
  void aJpegWithoutExifAndAPngReadAsStored() throws IOException {
    Path png = folder.resolve("plain.png");
    javax.imageio.ImageIO.write(markedPicture(), "png", png.toFile());

    assertThat(ExifOrientation.read(png)).isEqualTo(ExifOrientation.UPRIGHT);
    assertThat(ImageFiles.readGray(png).width()).isEqualTo(64);
  }

  private static BufferedImage markedPicture() {
    BufferedImage image = new BufferedImage(64, 32, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 64, 32);
    g.setColor(Color.BLACK);
    g.fillRect(0, 0, 12, 12);
    g.setColor(new Color(128, 128, 128));
    g.fillRect(52, 0, 12, 12);
    g.dispose();
    return image;
  }

  /** The luminance 4 pixels in from the named corner (clear of JPEG ringing at the edge). */
  private static float corner(GrayImage image, String corner) {
    int x = corner.endsWith("L") ? 4 : image.width() - 5;
    int y = corner.startsWith("T") ? 4 : image.height() - 5;
    return image.valueAt(x, y);
  }
}
