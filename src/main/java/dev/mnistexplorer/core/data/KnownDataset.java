package dev.mnistexplorer.core.data;

import java.net.URI;
import java.util.List;

/**
 * The datasets the app knows by name: what to call them, their class names, the folder name they
 * use in the cache (and under Debian's /usr/share/datasets), and where and how they are published
 * for download, with the MD5s of the published .gz files.
 */
public enum KnownDataset {
  MNIST(
      "MNIST",
      "mnist",
      List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9"),
      // The mirror torchvision downloads from; Yann LeCun's original page no longer serves the
      // files.
      URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
      List.of(
          new RemoteFile("train-images-idx3-ubyte.gz", "f68b3c2dcbeaaa9fbdd348bbdeb94873"),
          new RemoteFile("train-labels-idx1-ubyte.gz", "d53e105ee54ea40749a09fcbcd1e9432"),
          new RemoteFile("t10k-images-idx3-ubyte.gz", "9fb629c4189551a2d022fa330f9573f3"),
          new RemoteFile("t10k-labels-idx1-ubyte.gz", "ec29112dd5afa0611ce80d1b7f02629c"))),
  FASHION_MNIST(
      "Fashion-MNIST",
      "fashion-mnist",
      List.of(
          "T-shirt/top",
          "Trouser",
          "Pullover",
          "Dress",
          "Coat",
          "Sandal",
          "Shirt",
          "Sneaker",
          "Bag",
          "Ankle boot"),
      // Zalando's own bucket; it serves plain HTTP only, which is why every file is checksummed.
      URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
      List.of(
          new RemoteFile("train-images-idx3-ubyte.gz", "8d4fb7e6c68d591d4c3dfef9ec88bf0d"),
          new RemoteFile("train-labels-idx1-ubyte.gz", "25c81989df183df01b3e8a0aad5dffbe"),
          new RemoteFile("t10k-images-idx3-ubyte.gz", "bef4ecab320f06d8554ea6380940ec79"),
          new RemoteFile("t10k-labels-idx1-ubyte.gz", "bb300cfdad3c16e7a12a480ee83cd310")));

  private final String displayName;
  private final String folderName;
  private final List<String> classNames;
  private final URI officialBaseUri;
  private final List<RemoteFile> files;

  KnownDataset(
      String displayName,
      String folderName,
      List<String> classNames,
      URI officialBaseUri,
      List<RemoteFile> files) {
    this.displayName = displayName;
    this.folderName = folderName;
    this.classNames = classNames;
    this.officialBaseUri = officialBaseUri;
    this.files = files;
  }

  /** The name to show the user, e.g. "Fashion-MNIST". */
  public String displayName() {
    return displayName;
  }

  /** The folder name in the cache and under /usr/share/datasets, e.g. "fashion-mnist". */
  public String folderName() {
    return folderName;
  }

  /** One name per class index. */
  public List<String> classNames() {
    return classNames;
  }

  /** Where the files are published; each file's address is this plus its name. */
  public URI officialBaseUri() {
    return officialBaseUri;
  }

  /** The four published files (train images, train labels, test images, test labels). */
  public List<RemoteFile> files() {
    return files;
  }
}
