package dev.mnistexplorer.core.inspect;

import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.data.AtomicWrite;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Writes an {@link ArgbImage} as a PNG file the safe way: to a temporary file beside the target,
 * then moved into place, so an interrupted write never leaves half a picture under the real name.
 * Failures are {@link IOException}s whose message names the file and the plain reason.
 */
public final class PngFiles {

  private PngFiles() {}

  /**
   * Checks, before any work is done, that a PNG can be written to {@code file}: not a folder or a
   * device, in a folder that exists.
   *
   * @return the file to write: {@code file} itself, or the file a symbolic link points to
   * @throws IOException naming {@code file} and what is wrong with it
   */
  public static Path checkTarget(Path file) throws IOException {
    Path target = file.toAbsolutePath().normalize();
    if (Files.isDirectory(target)) {
      throw new IOException(file + ": is a folder; give a file name for the PNG");
    }
    if (Files.exists(target) && !Files.isRegularFile(target)) {
      throw new IOException(file + ": is not a regular file; cannot write a PNG to it");
    }
    if (Files.isSymbolicLink(target) && Files.exists(target)) {
      target = target.toRealPath(); // replace the file the link points to, keep the link
    }
    Path folder = target.getParent();
    if (folder == null || !Files.isDirectory(folder)) {
      throw new IOException(file + ": the folder " + folder + " does not exist");
    }
    return target;
  }

  /** Writes {@code image} to {@code file} (replacing it), creating no folders. */
  public static void write(ArgbImage image, Path file) throws IOException {
    Path target = checkTarget(file);
    Path folder = target.getParent();
    Path temp = null;
    try {
      temp = Files.createTempFile(folder, "." + target.getFileName() + ".tmp-", "");
      if (!ImageIO.write(toBufferedImage(image), "png", temp.toFile())) {
        throw new IOException(file + ": no PNG writer in this Java runtime");
      }
      AtomicWrite.readableByAll(temp);
      AtomicWrite.moveIntoPlace(temp, target);
      temp = null;
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().startsWith(file + ": ")) {
        throw e;
      }
      throw new IOException(file + ": could not be written (" + ErrorMessages.reason(e) + ")", e);
    } finally {
      if (temp != null) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static BufferedImage toBufferedImage(ArgbImage image) {
    BufferedImage picture =
        new BufferedImage(image.width(), image.height(), BufferedImage.TYPE_INT_ARGB);
    picture.setRGB(0, 0, image.width(), image.height(), image.pixels(), 0, image.width());
    return picture;
  }
}
