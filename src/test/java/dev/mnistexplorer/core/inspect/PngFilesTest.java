package dev.mnistexplorer.core.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilesTest {
  @TempDir Path temp;

  private static ArgbImage picture() {
    return new ArgbImage(
        3,
        2,
        new int[] {
          DivergingPalette.MOST_NEGATIVE,
          DivergingPalette.CENTRE,
          DivergingPalette.MOST_POSITIVE,
          WeightTiles.GAP,
          0xFF000000,
          0xFFFFFFFF
        });
  }

  @Test
  void thePictureIsWrittenPixelForPixelAndNoTemporaryFileIsLeft() throws IOException {
    Path file = temp.resolve("tiles.png");
    Files.writeString(file, "an older picture");

    PngFiles.write(picture(), file);

    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(3);
    assertThat(read.getHeight()).isEqualTo(2);
    assertThat(read.getRGB(0, 0)).isEqualTo(DivergingPalette.MOST_NEGATIVE);
    assertThat(read.getRGB(2, 1)).isEqualTo(0xFFFFFFFF);
    try (Stream<Path> files = Files.list(temp)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void aMissingFolderOrAFolderAsTheFileIsRefusedInWords() {
    Path nowhere = temp.resolve("no-such-folder").resolve("tiles.png");

    assertThatThrownBy(() -> PngFiles.write(picture(), nowhere))
        .isInstanceOf(IOException.class)
        .hasMessage(nowhere + ": the folder " + nowhere.getParent() + " does not exist");
    assertThatThrownBy(() -> PngFiles.write(picture(), temp))
        .hasMessage(temp + ": is a folder; give a file name for the PNG");
  }
}
