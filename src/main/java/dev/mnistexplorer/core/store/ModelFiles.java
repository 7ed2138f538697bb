package dev.mnistexplorer.core.store;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Model files ({@code .mnx}): one ZIP holding {@code model.json} (format, spec, metadata and the
 * SHA-256 of the parameters) and {@code parameters.djl} (DJL's encoding of the weights).
 *
 * <p>Saving writes a temporary file beside the target and then moves it into place, so a crash
 * mid-save leaves the previous file intact. Opening checks everything it can before anything
 * changes: that it is a ZIP, that it is ours, its format version, the spec, and the checksum.
 */
public final class ModelFiles {
  /** The file name extension, without the dot. */
  public static final String EXTENSION = "mnx";

  static final String FORMAT = "mnist-explorer-model";
  static final int FORMAT_VERSION = 1;
  static final String MANIFEST = "model.json";
  static final String PARAMETERS = "parameters.djl";
  private static final long MAX_MANIFEST_BYTES = 1 << 20;
  private static final long MAX_PARAMETER_BYTES = 1L << 30;

  private ModelFiles() {}

  /** Writes {@code model} to {@code file} atomically, replacing any previous file. */
  public static void save(StoredModel model, Path file) throws ModelFileException {
    Path target = file.toAbsolutePath();
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
      keepPermissions(target, temp);
      try (OutputStream out = Files.newOutputStream(temp);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        writeEntry(zip, MANIFEST, ModelManifest.write(model, sha256(model.parameters())));
        writeEntry(zip, PARAMETERS, model.parameters());
      }
      moveIntoPlace(temp, target);
    } catch (IOException e) {
      throw new ModelFileException(file, "could not be saved (" + e.getMessage() + ")", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  /**
   * Temporary files are created private (rw-------); a saved model should have the permissions the
   * file it replaces had, or rw-r--r-- like any other document.
   */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    if (!Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
      return;
    }
    Set<PosixFilePermission> permissions =
        Files.exists(target)
            ? Files.getPosixFilePermissions(target)
            : PosixFilePermissions.fromString("rw-r--r--");
    Files.setPosixFilePermissions(temp, permissions);
  }

  private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  private static void moveIntoPlace(Path temp, Path target) throws IOException {
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temp) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        // a stray temp file is harmless; the real file is what matters
      }
    }
  }

  /**
   * Reads and checks a model file.
   *
   * @throws ModelFileException naming the file and what is wrong with it
   */
  public static StoredModel open(Path file) throws ModelFileException {
    try (ZipFile zip = new ZipFile(file.toFile())) {
      JsonObject manifest = readManifest(zip, file);
      byte[] parameters = readEntry(zip, PARAMETERS, MAX_PARAMETER_BYTES, file);
      String expected = manifest.getAsJsonObject("parameters").get("sha256").getAsString();
      if (!expected.equals(sha256(parameters))) {
        throw new ModelFileException(
            file, "is corrupted (the weights do not match their checksum)");
      }
      NetworkSpec spec = NetworkSpecJson.fromJson(manifest.getAsJsonObject("spec"));
      ModelMetadata metadata = ModelManifest.metadata(manifest.getAsJsonObject("metadata"));
      return new StoredModel(spec, metadata, parameters);
    } catch (ModelFileException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new ModelFileException(file, "no such file");
    } catch (ZipException e) {
      throw new ModelFileException(file, "is not an MNIST Explorer model file, or it is truncated");
    } catch (IOException e) {
      throw new ModelFileException(file, "could not be read (" + e.getMessage() + ")", e);
    } catch (RuntimeException e) {
      throw new ModelFileException(file, "is damaged: " + e.getMessage(), e);
    }
  }

  /** Reads a model from a class-path resource (the bundled pretrained model). */
  public static StoredModel openResource(String resource) throws ModelFileException {
    Path temp = null;
    try (InputStream in = ModelFiles.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new ModelFileException(Path.of(resource), "is not bundled with this build");
      }
      temp = Files.createTempFile("mnist-explorer-model", "." + EXTENSION);
      Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
      return open(temp);
    } catch (ModelFileException e) {
      throw e;
    } catch (IOException e) {
      throw new ModelFileException(Path.of(resource), "could not be read", e);
    } finally {
      deleteQuietly(temp);
    }
  }

  private static JsonObject readManifest(ZipFile zip, Path file) throws IOException {
    byte[] bytes = readEntry(zip, MANIFEST, MAX_MANIFEST_BYTES, file);
    JsonObject manifest;
    try {
      manifest =
          JsonParser.parseString(new String(bytes, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (JsonParseException | IllegalStateException e) {
      throw new ModelFileException(file, "is damaged (its " + MANIFEST + " is not valid JSON)");
    }
    if (!manifest.has("format") || !FORMAT.equals(manifest.get("format").getAsString())) {
      throw new ModelFileException(file, "is not an MNIST Explorer model file");
    }
    int version = manifest.get("format_version").getAsInt();
    if (version > FORMAT_VERSION) {
      throw new ModelFileException(
          file,
          "was written by a newer MNIST Explorer (model format "
              + version
              + "; this version reads up to "
              + FORMAT_VERSION
              + "): update the app to open it");
    }
    return manifest;
  }

  private static byte[] readEntry(ZipFile zip, String name, long maxBytes, Path file)
      throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new ModelFileException(file, "is not an MNIST Explorer model file (no " + name + ")");
    }
    try (InputStream in = zip.getInputStream(entry)) {
      byte[] bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
      if (bytes.length > maxBytes) {
        throw new ModelFileException(file, name + " is larger than " + maxBytes + " bytes");
      }
      return bytes;
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
