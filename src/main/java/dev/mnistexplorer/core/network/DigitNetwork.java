package dev.mnistexplorer.core.network;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import dev.mnistexplorer.core.data.Normalization;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A network built from a {@link NetworkSpec}, with its weights, on one device. It owns the DJL
 * {@link Model} (and so all native memory of its parameters) and must be used and closed on the
 * {@link dev.mnistexplorer.core.engine.MlThread}.
 *
 * <p>Single predictions skip DJL's Predictor: they call the block directly with a reused input
 * buffer (libtorch wraps the direct buffer without copying), which keeps a prediction well under
 * 100 µs and stops direct-buffer garbage from growing the process.
 */
public final class DigitNetwork implements AutoCloseable {
  private final NetworkSpec spec;
  private final Model model;
  private final SequentialBlock block;
  private final ParameterStore inferenceParameters;
  private final ByteBuffer singleInput;

  private DigitNetwork(NetworkSpec spec, Device device) {
    this.spec = spec;
    this.model = Model.newInstance("mnist-explorer", device, "PyTorch");
    this.block = NetworkBlocks.build(spec);
    model.setBlock(block);
    this.inferenceParameters = new ParameterStore(model.getNDManager(), false);
    this.singleInput =
        ByteBuffer.allocateDirect(spec.inputs() * Float.BYTES).order(ByteOrder.nativeOrder());
  }

  /** A freshly initialised network (PyTorch's default initialisation, seeded). */
  public static DigitNetwork initialise(NetworkSpec spec, Device device, int seed) {
    Engine.getEngine("PyTorch").setRandomSeed(seed);
    DigitNetwork network = new DigitNetwork(spec, device);
    network.block.initialize(network.manager(), DataType.FLOAT32, NetworkBlocks.inputShape(spec));
    return network;
  }

  /**
   * A network with the parameters from {@link #parameterBytes()}; every parameter's shape is
   * checked against the spec, because DJL itself loads mismatched parameters without complaint.
   *
   * @throws MalformedModelException when the bytes do not fit the spec
   */
  public static DigitNetwork withParameters(NetworkSpec spec, Device device, byte[] parameters)
      throws MalformedModelException {
    DigitNetwork network = initialise(spec, device, 0);
    try {
      network.loadParameters(parameters);
      return network;
    } catch (MalformedModelException | IOException | RuntimeException e) {
      network.close();
      String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new MalformedModelException("the parameters do not fit the network: " + detail, e);
    }
  }

  private void loadParameters(byte[] parameters) throws IOException, MalformedModelException {
    List<Shape> expected = parameterShapes();
    try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(parameters))) {
      block.loadParameters(manager(), in);
      if (in.read() != -1) {
        throw new MalformedModelException("unexpected data after the last parameter");
      }
    }
    List<Shape> found = parameterShapes();
    if (!expected.equals(found)) {
      throw new MalformedModelException(
          "expected parameter shapes " + expected + ", found " + found);
    }
  }

  private List<Shape> parameterShapes() {
    List<Shape> shapes = new ArrayList<>();
    for (Pair<String, Parameter> parameter : block.getParameters()) {
      shapes.add(parameter.getValue().getArray().getShape());
    }
    return shapes;
  }

  /** The parameters in DJL's own encoding, for model files. */
  public byte[] parameterBytes() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      block.saveParameters(out);
    } catch (IOException e) {
      throw new IllegalStateException("writing to memory cannot fail", e);
    }
    return bytes.toByteArray();
  }

  /** The ten class probabilities for one image given as 784 values in 0..1 (ink high). */
  public float[] probabilities(float[] unitPixels) {
    try (NDManager scope = manager().newSubManager()) {
      NDArray logits = forwardAll(scope, unitPixels).get(block.getChildren().size() - 1);
      return logits.softmax(1).toFloatArray();
    }
  }

  /**
   * Every step's output for one image (flatten, each Linear, each activation …, and the final
   * softmax), for views that explain the network from the inside.
   */
  public List<LayerOutput> layerOutputs(float[] unitPixels) {
    try (NDManager scope = manager().newSubManager()) {
      List<NDArray> outputs = forwardAll(scope, unitPixels);
      List<LayerOutput> result = new ArrayList<>();
      // Name each step as the shape trace does ("flatten", "sigmoid"): DJL's own child names are
      // "01LambdaBlock" and the like. The trace starts with the input, the children with flatten.
      List<ShapeTrace.Step> steps = ShapeTrace.of(spec, 1);
      for (int i = 0; i < outputs.size(); i++) {
        result.add(toLayerOutput(steps.get(i + 1).operation(), outputs.get(i)));
      }
      result.add(toLayerOutput("softmax", outputs.get(outputs.size() - 1).softmax(1)));
      return result;
    }
  }

  private static LayerOutput toLayerOutput(String step, NDArray output) {
    long[] shape = output.getShape().getShape();
    return new LayerOutput(step, Arrays.copyOfRange(shape, 1, shape.length), output.toFloatArray());
  }

  /** Runs the children one by one on a normalised image, keeping every intermediate output. */
  private List<NDArray> forwardAll(NDManager scope, float[] unitPixels) {
    if (unitPixels.length != spec.inputs()) {
      throw new IllegalArgumentException(
          "expected " + spec.inputs() + " pixel values, got " + unitPixels.length);
    }
    singleInput.clear();
    for (float value : unitPixels) {
      singleInput.putFloat(Normalization.ofUnit(value));
    }
    singleInput.flip();
    Shape shape = new Shape(1, 1, spec.imageRows(), spec.imageCols());
    NDList current = new NDList(scope.create(singleInput, shape, DataType.FLOAT32));
    List<NDArray> outputs = new ArrayList<>();
    for (Block child : block.getChildren().values()) {
      current = child.forward(inferenceParameters, current, false);
      outputs.add(current.singletonOrThrow());
    }
    return outputs;
  }

  /** Every Linear layer's weights and biases, in order. */
  public List<WeightMatrix> weights() {
    List<WeightMatrix> matrices = new ArrayList<>();
    for (int layer = 0; layer <= spec.hidden().size(); layer++) {
      matrices.add(weights(layer));
    }
    return matrices;
  }

  /**
   * One Linear layer's weights and biases (counted from 0), copying only that layer: a live view of
   * the first layer during training need not copy the rest every time.
   */
  public WeightMatrix weights(int layer) {
    List<Integer> widths = spec.layerWidths();
    if (layer < 0 || layer + 1 >= widths.size()) {
      throw new IllegalArgumentException(
          "layer " + layer + " does not exist: expected 0 to " + (widths.size() - 2));
    }
    List<Parameter> parameters = block.getParameters().values();
    float[] weights = parameters.get(2 * layer).getArray().toFloatArray();
    float[] biases = parameters.get(2 * layer + 1).getArray().toFloatArray();
    return new WeightMatrix(layer, widths.get(layer), widths.get(layer + 1), weights, biases);
  }

  /** The spec this network was built from. */
  public NetworkSpec spec() {
    return spec;
  }

  /** The DJL block (for training code inside the core). */
  public SequentialBlock block() {
    return block;
  }

  /** The manager that owns the parameters. */
  public NDManager manager() {
    return model.getNDManager();
  }

  /** The device the parameters live on. */
  public Device device() {
    return manager().getDevice();
  }

  @Override
  public void close() {
    model.close();
  }
}
