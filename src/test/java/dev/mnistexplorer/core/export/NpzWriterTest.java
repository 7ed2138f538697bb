package dev.mnistexplorer.core.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/** The {@code .npy} v1.0 format as NumPy's format spec writes it, and the zip around it. */
class NpzWriterTest {

  private static String headerText(byte[] header) {
    int length = (header[8] & 0xFF) | (header[9] & 0xFF) << 8;
    assertThat(header).hasSize(10 + length);
    return new String(header, 10, length, StandardCharsets.US_ASCII);
  }

  @Test
  void theHeaderHasTheMagicVersionOneAndALittleEndianLength() {
    byte[] header = NpzWriter.header(10, 256);

    assertThat(Arrays.copyOf(header, 8))
        .containsExactly((byte) 0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0);
    assertThat(headerText(header))
        .startsWith("{'descr': '<f4', 'fortran_order': False, 'shape': (10, 256), }")
        .endsWith("\n");
  }

  @Test
  void theHeaderIsPaddedWithSpacesSoTheDataStartsOnSixtyFourBytes() {
    for (int[] shape : new int[][] {{3}, {10, 256}, {100, 1, 28, 28}, {4096, 4096}}) {
      byte[] header = NpzWriter.header(shape);
      String text = headerText(header);

      assertThat(header.length % NpzWriter.ALIGNMENT).as(Arrays.toString(shape)).isZero();
      assertThat(text.substring(text.indexOf('}') + 1)).matches(" *\n");
    }
  }

  @Test
  void aVectorsShapeIsAOneElementTuple() {
    assertThat(headerText(NpzWriter.header(10))).contains("'shape': (10,), }");
  }

  @Test
  void eachArrayIsANpyEntryWithItsValuesLittleEndianInCOrder() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (NpzWriter npz = new NpzWriter(bytes)) {
      npz.add("hidden.weight", new float[] {1, 2, 3, 4, 5, 6}, 2, 3);
      npz.add("hidden.bias", new float[] {-0.5f, 0.25f}, 2);
    }

    Map<String, byte[]> entries = entries(bytes.toByteArray());

    assertThat(entries).containsOnlyKeys("hidden.weight.npy", "hidden.bias.npy");
    byte[] weight = entries.get("hidden.weight.npy");
    int dataStart = NpzWriter.header(2, 3).length;
    assertThat(Arrays.copyOf(weight, dataStart)).isEqualTo(NpzWriter.header(2, 3));
    float[] values = new float[6];
    ByteBuffer.wrap(weight, dataStart, 24)
        .order(ByteOrder.LITTLE_ENDIAN)
        .asFloatBuffer()
        .get(values);
    assertThat(values).containsExactly(1, 2, 3, 4, 5, 6);
    assertThat(entries.get("hidden.bias.npy")).hasSize(NpzWriter.header(2).length + 8);
  }

  @Test
  void aShapeThatDoesNotHoldTheValuesIsRefusedNamingTheArray() throws IOException {
    try (NpzWriter npz = new NpzWriter(new ByteArrayOutputStream())) {
      assertThatThrownBy(() -> npz.add("output.weight", new float[6], 4, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("output.weight")
          .hasMessageContaining("[4, 2] holds 8 values, not 6");
    }
  }

  @Test
  void aNameUsedTwiceIsRefused() throws IOException {
    try (NpzWriter npz = new NpzWriter(new ByteArrayOutputStream())) {
      npz.add("bias", new float[1], 1);
      assertThatThrownBy(() -> npz.add("bias", new float[1], 1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  private static Map<String, byte[]> entries(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }
}
