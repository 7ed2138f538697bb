package dev.mnistexplorer.core.inference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFilesTest {

  @TempDir Path folder;

  @Test
  void aPngReadsAsLuminance() throws IOException {
    BufferedImage image = new BufferedImage(3, 1, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 0xFFFFFF);
    image.setRGB(1, 0, 0x000000);
    image.setRGB(2, 0, 0xFF0000);
    Path file = write(image, "png", "pixels.png");

    GrayImage gray = ImageFiles.readGray(file);

    assertThat(gray.values()).containsExactly(new float[] {1f, 0f, 0.299f}, within(1e-6f));
  }

  @Test
  void aGrayPngKeepsItsStoredValues() throws IOException {
    BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
    image.getRaster().setSample(0, 0, 0, 128);

    GrayImage gray = ImageFiles.readGray(write(image, "png", "gray.png"));

    assertThat(gray.values()[0]).isCloseTo(128 / 255f, within(1e-6f));
  }

  @Test
  void aDrawingSavedAsJpegBmpOrGifGivesTheSameDigit() throws IOException {
    BufferedImage drawing =
        Drawings.drawImage(
            140, 140, 12f, Color.WHITE, Color.BLACK, Drawings.seven(20, 20, 100, 100));
    float[] fromPng = digit(write(drawing, "png", "seven.png"));

    for (String format : new String[] {"jpg", "bmp", "gif"}) {
      float[] fromOther = digit(write(drawing, format, "seven." + format));
      assertThat(fromOther).as(format).containsExactly(fromPng, within(0.1f));
    }
  }

  @Test
  void darkInkOnTransparencyIsPutOnWhite() throws IOException {
    Path file = write(transparentDrawing(Color.BLACK), "png", "black-ink.png");

    GrayImage gray = ImageFiles.readGray(file);

    assertThat(gray.valueAt(0, 0)).isEqualTo(1f);
    assertThat(gray.valueAt(50, 50)).isEqualTo(0f);
  }

  @Test
  void lightInkOnTransparencyIsPutOnBlack() throws IOException {
    Path file = write(transparentDrawing(Color.WHITE), "png", "white-ink.png");

    GrayImage gray = ImageFiles.readGray(file);

    assertThat(gray.valueAt(0, 0)).isEqualTo(0f);
    assertThat(gray.valueAt(50, 50)).isEqualTo(1f);
    assertThat(CanvasPreprocessor.toMnist(gray)).isPresent();
  }

  @Test
  void aFileThatIsNoImageIsReportedByName() throws IOException {
    Path file = folder.resolve("notes.txt");
    Files.writeString(file, "not a picture");

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("notes.txt")
        .hasMessageContaining("not a PNG/JPEG/BMP/GIF image");
  }

  @Test
  void aBrokenPngIsReportedByName() throws IOException {
    Path file = folder.resolve("broken.png");
    byte[] png = Files.readAllBytes(write(transparentDrawing(Color.BLACK), "png", "whole.png"));
    Files.write(file, Arrays.copyOf(png, png.length / 2));

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("broken.png")
        .hasMessageContaining("PNG/JPEG/BMP/GIF");
  }

  @Test
  void aMissingFileIsReportedByName() {
    Path file = folder.resolve("missing.png");

    assertThatThrownBy(() -> ImageFiles.readGray(file))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("missing.png");
  }

  private static BufferedImage transparentDrawing(Color ink) {
    BufferedImage image = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = image.createGraphics();
    g.setColor(ink);
    g.setStroke(new BasicStroke(10f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
    g.drawLine(50, 10, 50, 90);
    g.dispose();
    return image;
  }

  private static float[] digit(Path file) throws IOException {
    return CanvasPreprocessor.toMnist(ImageFiles.readGray(file)).orElseThrow();
  }

  private Path write(BufferedImage image, String format, String name) throws IOException {
    Path file = folder.resolve(name);
    assertThat(ImageIO.write(image, format, file.toFile())).as("writer for " + format).isTrue();
    return file;
  }
}
