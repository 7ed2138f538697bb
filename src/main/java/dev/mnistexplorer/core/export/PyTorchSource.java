package dev.mnistexplorer.core.export;

import dev.mnistexplorer.core.AppVersion;
import dev.mnistexplorer.core.data.Normalization;
import dev.mnistexplorer.core.network.NetworkSpec;
import java.util.List;

/**
 * The text of an export's {@code network.py} and {@code example.py}, in the style of PyTorch's
 * beginner tutorial ("Neural networks in PyTorch"): a {@code class Network(nn.Module)} with one
 * attribute per layer, a {@code forward} that applies them in order and ends in a softmax, and
 * {@code load()} that fills it with the weights saved beside the file. Pure functions of the spec.
 */
public final class PyTorchSource {
  /** The first line of every exported {@code network.py}: how a folder is known as an export. */
  public static final String MARKER = "# Exported by MNIST Explorer";

  private PyTorchSource() {}

  /** {@code network.py}: the module, the normalisation, the class names and {@code load()}. */
  public static String network(NetworkSpec spec, List<String> classNames) {
    return MARKER
        + " "
        + AppVersion.get()
        + ". Needs PyTorch and NumPy only.\n"
        + "\"\"\"The network "
        + spec.describe()
        + " built in MNIST Explorer, as a PyTorch module.\n\n"
        + "    from network import load, normalise\n"
        + "    network = load()  # with the trained weights from weights.npz beside this file\n"
        + "    probabilities = network(normalise(pixels))  # (B, 10); pixels 0..1, ink high\n"
        + "\"\"\"\n"
        + "from pathlib import Path\n\n"
        + "import numpy as np\n"
        + "import torch\n"
        + "from torch import nn\n\n"
        + constants(spec, classNames)
        + "\n\n"
        + networkClass(spec)
        + "\n\n"
        + LOAD;
  }

  private static String constants(NetworkSpec spec, List<String> classNames) {
    return "# The input normalisation the network was trained with: the tutorial's ToTensor() (pixels\n"
        + "# 0..1) then transforms.Normalize((MEAN,), (STD,)), which maps 0..1 to -1..1.\n"
        + "MEAN = "
        + PythonText.number(Normalization.MEAN)
        + "\nSTD = "
        + PythonText.number(Normalization.STD)
        + "\n# The images it reads (rows, columns) and the names of its outputs, in order.\n"
        + "IMAGE_SIZE = ("
        + spec.imageRows()
        + ", "
        + spec.imageCols()
        + ")\nCLASSES = "
        + PythonText.stringList(classNames)
        + "\n\n\ndef normalise(pixels):\n"
        + "    \"\"\"Pixels scaled to 0..1, light ink on a dark background as in MNIST -> the input.\"\"\"\n"
        + "    return (pixels - MEAN) / STD\n";
  }

  private static String networkClass(NetworkSpec spec) {
    StringBuilder init = new StringBuilder();
    StringBuilder forward = new StringBuilder();
    for (TorchModules.Module module : TorchModules.of(spec)) {
      if (!module.comment().isEmpty()) {
        init.append("        # ").append(module.comment()).append('\n');
      }
      init.append("        self.")
          .append(module.name())
          .append(" = ")
          .append(module.constructor())
          .append('\n');
      forward.append("        x = self.").append(module.name()).append("(x)\n");
    }
    return "class Network(nn.Module):\n"
        + "    def __init__(self):\n"
        + "        super().__init__()\n"
        + init
        + "\n    def forward(self, x):\n"
        + "        # A batch of images (B, 1, "
        + spec.imageRows()
        + ", "
        + spec.imageCols()
        + ") or of flat ones (B, "
        + spec.inputs()
        + ") -> (B, "
        + spec.inputs()
        + ")\n"
        + "        x = x.reshape(x.shape[0], -1)\n"
        + forward
        + "        return x\n";
  }

  private static final String LOAD =
      "def load():\n"
          + "    \"\"\"The network with its trained weights (weights.npz beside this file), in eval"
          + " mode.\"\"\"\n"
          + "    network = Network()\n"
          + "    with np.load(Path(__file__).parent / \"weights.npz\") as weights:\n"
          + "        network.load_state_dict({name: torch.from_numpy(weights[name]) for name in"
          + " weights.files})\n"
          + "    return network.eval()  # eval: dropout off, as when the app predicts\n";

  /** {@code example.py}: classifies a PNG given on the command line. */
  public static String example() {
    return "\"\"\"Classifies an image with the exported network: python3 example.py digit.png\"\"\"\n"
        + "import sys\n\n"
        + "import numpy as np\n"
        + "import torch\n"
        + "from PIL import Image\n\n"
        + "from network import CLASSES, IMAGE_SIZE, load, normalise\n\n"
        + "rows, cols = IMAGE_SIZE\n"
        + "image = Image.open(sys.argv[1]).convert(\"L\").resize((cols, rows))  # grayscale, 28x28\n"
        + "pixels = np.asarray(image, dtype=np.float32) / 255  # 0..1\n"
        + "if pixels.mean() > 0.5:  # dark ink on light paper: flip to MNIST's light ink on black\n"
        + "    pixels = 1 - pixels\n"
        + "with torch.no_grad():\n"
        + "    probabilities = load()(normalise(torch.from_numpy(pixels)).reshape(1, -1))[0]\n"
        + "print(\"answer:\", CLASSES[int(probabilities.argmax())])\n"
        + "print(\"probabilities:\", \" \".join(f\"{p:.6f}\" for p in probabilities.tolist()))\n";
  }

  /** {@code README.txt}: what the folder holds and how to use it. */
  public static String readme(ExportedNetwork exported) {
    NetworkSpec spec = exported.spec();
    return "The network "
        + spec.describe()
        + " exported from MNIST Explorer "
        + AppVersion.get()
        + " for PyTorch.\n"
        + "It was "
        + exported.provenance()
        + ".\n\n"
        + "network.py   class Network(nn.Module), written as in PyTorch's beginner tutorial, and\n"
        + "             load(), which returns it with the weights below, in eval mode. forward()\n"
        + "             takes a batch of normalised images, (B, 1, "
        + spec.imageRows()
        + ", "
        + spec.imageCols()
        + ") or (B, "
        + spec.inputs()
        + "),\n"
        + "             and returns the softmax probabilities (B, "
        + spec.outputs()
        + ").\n"
        + "             normalise() and MEAN/STD: pixels 0..1 (light ink on dark) -> (p - "
        + PythonText.number(Normalization.MEAN)
        + ") / "
        + PythonText.number(Normalization.STD)
        + ".\n"
        + "weights.npz  the Linear layers' weights (out, in) and biases (out,), float32, named as\n"
        + "             in the module's state_dict; numpy.load reads it.\n"
        + "example.py   classifies a picture: python3 example.py digit.png\n\n"
        + "Needs Python 3 with PyTorch and NumPy (Debian: python3-torch python3-numpy), and\n"
        + "Pillow for example.py (python3-pil). Nothing from MNIST Explorer is needed.\n\n"
        + "    import torch\n"
        + "    from network import load, normalise\n"
        + "    network = load()\n"
        + "    with torch.no_grad():\n"
        + "        probabilities = network(normalise(pixels))  # pixels: a float tensor, 0..1\n";
  }
}
