package dev.mnistexplorer.core.engine;

import dev.mnistexplorer.core.data.AtomicWrite;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * The step of a {@link CudaDownloader} download that turns one fetched file into its library: the
 * gzipped bytes are unpacked and checked on the way (their MD5 against the server's, where it
 * states one, and gzip's own CRC-32 and length), and only a library that passed is moved to where
 * it counts. A damaged download is deleted, so the next try fetches it clean; a local failure (a
 * full disk) keeps it. Package-private helper of {@link CudaDownloader}.
 */
final class LibraryUnpacker {
  private static final int CHUNK_BYTES = 1 << 16;

  private LibraryUnpacker() {}

  /**
   * Unpacks {@code gz} into {@code library} through a temporary file beside {@code gz}, outside the
   * folder that is moved into place, then deletes {@code gz}.
   */
  static void unpack(CudaDownloadPlan.Part part, Path gz, Path library) throws IOException {
    Path temp = gz.resolveSibling(part.fileName() + ".unpacking");
    String actualMd5 = gunzip(part, gz, temp);
    if (!part.md5().isEmpty() && !part.md5().equals(actualMd5)) {
      Files.deleteIfExists(temp);
      PartValidator.discard(gz);
      throw new IOException(
          part.fileName()
              + ": checksum mismatch: the server states MD5 "
              + part.md5()
              + ", the download has "
              + actualMd5
              + "; downloading again fetches this file clean");
    }
    AtomicWrite.moveIntoPlace(temp, library);
    PartValidator.discard(gz);
  }

  /**
   * Unpacks {@code gz} into {@code temp}, checking gzip's CRC-32; returns the gzipped bytes' MD5.
   */
  private static String gunzip(CudaDownloadPlan.Part part, Path gz, Path temp) throws IOException {
    MessageDigest md5 = newMd5();
    try (DigestInputStream raw = new DigestInputStream(Files.newInputStream(gz), md5)) {
      try (OutputStream out = Files.newOutputStream(temp)) {
        new GZIPInputStream(raw, CHUNK_BYTES).transferTo(out);
      }
      raw.transferTo(OutputStream.nullOutputStream()); // any bytes gzip did not need still count
    } catch (ZipException | EOFException damaged) {
      Files.deleteIfExists(temp);
      PartValidator.discard(gz);
      throw new IOException(
          part.fileName()
              + ": the download is damaged ("
              + damaged.getMessage()
              + "); downloading again fetches this file clean",
          damaged);
    } catch (IOException e) {
      Files.deleteIfExists(temp); // the download itself is kept: only unpacking it failed
      throw new IOException(
          part.fileName()
              + ": could not unpack it into "
              + temp.getParent()
              + ": "
              + e.getMessage(),
          e);
    }
    return HexFormat.of().formatHex(md5.digest());
  }

  private static MessageDigest newMd5() {
    try {
      return MessageDigest.getInstance("MD5");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime must provide MD5", e);
    }
  }
}
