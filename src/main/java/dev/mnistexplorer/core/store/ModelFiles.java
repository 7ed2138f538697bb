package dev.mnistexplorer.core.store;

import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import dev.mnistexplorer.core.ErrorMessages;
import dev.mnistexplorer.core.network.InvalidSpecException;
import dev.mnistexplorer.core.network.NetworkSpec;
import dev.mnistexplorer.core.network.NetworkSpecJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
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
 * changes or is built, and before allocating for what the file claims: that it is a regular file of
 * a plausible size, a ZIP, ours, its format version, the spec and its limits, the size of the
 * weights against the spec (counted while inflating), the checksum, and each tensor's shape and
 * values (see {@link StoredParameters}).
 */
public final class ModelFiles {
  /** The file name extension, without the dot. */
  public static final String EXTENSION = "mnx";

  static final String FORMAT = "mnist-explorer-model";
  static final int FORMAT_VERSION = 1;
  static final String MANIFEST = "model.json";
  static final String PARAMETERS = "parameters.djl";
  private static final long MAX_MANIFEST_BYTES = 1 << 20;

  /**
   * Largest model file: the weights of the largest network the spec validator allows (which do not
   * compress), the manifest and room for the ZIP's own headers.
   */
  private static final long MAX_FILE_BYTES =
      NetworkSpec.MAX_PARAMETERS * Float.BYTES + 2 * MAX_MANIFEST_BYTES + (1 << 20);

  private ModelFiles() {}

  /**
   * Writes {@code model} to {@code file} atomically, replacing any previous file. A symbolic link
   * is followed and kept: the file it points to is replaced.
   *
   * @throws ModelFileException naming the file: it is a folder, a device, a pipe or a socket, or it
   *     could not be written
   */
  public static void save(StoredModel model, Path file) throws ModelFileException {
    SaveTarget target = SaveTarget.of(file);
    Path temp = null;
    try {
      temp = target.createTemp();
      try (OutputStream out = Files.newOutputStream(temp);
          ZipOutputStream zip = new ZipOutputStream(out)) {
        writeEntry(zip, MANIFEST, ModelManifest.write(model, sha256(model.parameters())));
        writeEntry(zip, PARAMETERS, model.parameters());
      }
      target.moveIntoPlace(temp);
      target.removeStaleTemps(temp);
    } catch (IOException e) {
      throw new ModelFileException(file, "could not be saved (" + ErrorMessages.reason(e) + ")", e);
    } finally {
      SaveTarget.deleteQuietly(temp);
    }
  }

  /**
   * Checks, without writing anything, that a model could be saved to {@code file}: that it is not a
   * folder, a device, a pipe or a socket (after following symbolic links).
   *
   * @throws ModelFileException naming the file and what it is
   */
  public static void checkSaveTarget(Path file) throws ModelFileException {
    SaveTarget.of(file);
  }

  private static void writeEntry(ZipOutputStream zip, String name, byte[] bytes)
      throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(bytes);
    zip.closeEntry();
  }

  /**
   * Reads and checks a model file.
   *
   * @throws ModelFileException naming the file and what is wrong with it
   */
  public static StoredModel open(Path file) throws ModelFileException {
    requireRegularFile(file);
    try (ZipFile zip = new ZipFile(file.toFile())) {
      JsonObject manifest = readManifest(zip, file);
      NetworkSpec spec = readSpec(manifest, file);
      ModelMetadata metadata = ModelManifest.metadata(manifest.getAsJsonObject("metadata"));
      byte[] parameters = readParameters(zip, spec, file);
      String expected = manifest.getAsJsonObject("parameters").get("sha256").getAsString();
      if (!expected.equals(sha256(parameters))) {
        throw new ModelFileException(
            file, "is corrupted (the weights do not match their checksum)");
      }
      String problem = StoredParameters.problem(spec, parameters);
      if (!problem.isEmpty()) {
        throw new ModelFileException(file, "is damaged: " + problem);
      }
      return new StoredModel(spec, metadata, parameters);
    } catch (ModelFileException e) {
      throw e;
    } catch (NoSuchFileException e) {
      throw new ModelFileException(file, "no such file");
    } catch (ZipException e) {
      throw new ModelFileException(file, "is not an MNIST Explorer model file, or it is truncated");
    } catch (IOException e) {
      throw new ModelFileException(file, "could not be read (" + ErrorMessages.reason(e) + ")", e);
    } catch (RuntimeException e) {
      throw new ModelFileException(
          file, "is damaged (its " + MANIFEST + " has a missing or mistyped field)", e);
    }
  }

  /**
   * Refuses folders, devices, pipes and sockets before anything opens the file: opening a pipe for
   * reading waits for a writer, for ever.
   */
  private static void requireRegularFile(Path file) throws ModelFileException {
    BasicFileAttributes attributes;
    try {
      attributes = Files.readAttributes(file, BasicFileAttributes.class);
    } catch (NoSuchFileException e) {
      throw new ModelFileException(file, "no such file");
    } catch (IOException e) {
      throw new ModelFileException(file, "could not be read (" + ErrorMessages.reason(e) + ")", e);
    }
    if (attributes.isDirectory()) {
      throw new ModelFileException(file, "is a folder, not a model file");
    }
    if (!attributes.isRegularFile()) {
      throw new ModelFileException(file, "is " + FileKind.describe(file) + ", not a model file");
    }
    if (attributes.size() > MAX_FILE_BYTES) {
      throw new ModelFileException(
          file,
          String.format(
              Locale.ROOT,
              "is %,d bytes, larger than any model file (at most %,d)",
              attributes.size(),
              MAX_FILE_BYTES));
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
      SaveTarget.deleteQuietly(temp);
    }
  }

  private static JsonObject readManifest(ZipFile zip, Path file) throws IOException {
    byte[] bytes = readAtMost(zip, entry(zip, MANIFEST, file), MAX_MANIFEST_BYTES);
    if (bytes.length > MAX_MANIFEST_BYTES) {
      throw new ModelFileException(
          file,
          "is not an MNIST Explorer model file (its "
              + MANIFEST
              + " is larger than "
              + count(MAX_MANIFEST_BYTES)
              + " bytes)");
    }
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

  private static NetworkSpec readSpec(JsonObject manifest, Path file) throws ModelFileException {
    try {
      return NetworkSpecJson.fromJson(manifest.getAsJsonObject("spec"));
    } catch (InvalidSpecException e) {
      throw new ModelFileException(file, "holds a network that cannot be built: " + e.getMessage());
    }
  }

  /**
   * The weights, read only as far as the spec allows: the size the entry declares is checked first,
   * and the bytes are counted as they inflate, since a declared size can lie.
   */
  private static byte[] readParameters(ZipFile zip, NetworkSpec spec, Path file)
      throws IOException {
    ZipEntry entry = entry(zip, PARAMETERS, file);
    long min = StoredParameters.minBytes(spec);
    long max = StoredParameters.maxBytes(spec);
    long declared = entry.getSize();
    if (declared > max || (declared >= 0 && declared < min)) {
      throw sizeMismatch(file, spec, "declares " + count(declared));
    }
    byte[] bytes = readAtMost(zip, entry, max);
    if (bytes.length > max) {
      throw sizeMismatch(file, spec, "inflates past " + count(max));
    }
    if (bytes.length < min) {
      throw sizeMismatch(file, spec, "holds only " + count(bytes.length));
    }
    return bytes;
  }

  private static ModelFileException sizeMismatch(Path file, NetworkSpec spec, String found) {
    return new ModelFileException(
        file,
        String.format(
            Locale.ROOT,
            "is damaged: the parameters do not fit the network %s: %s %s bytes,"
                + " the network needs %,d to %,d",
            spec.describe(),
            PARAMETERS,
            found,
            StoredParameters.minBytes(spec),
            StoredParameters.maxBytes(spec)));
  }

  private static ZipEntry entry(ZipFile zip, String name, Path file) throws ModelFileException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw new ModelFileException(file, "is not an MNIST Explorer model file (no " + name + ")");
    }
    return entry;
  }

  /** The entry's bytes, at most {@code max + 1} of them: one more means it is too large. */
  private static byte[] readAtMost(ZipFile zip, ZipEntry entry, long max) throws IOException {
    try (InputStream in = zip.getInputStream(entry)) {
      return in.readNBytes((int) Math.min(max + 1, Integer.MAX_VALUE - 8));
    }
  }

  /** 1,048,576: grouped digits, the same in every locale. */
  private static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
