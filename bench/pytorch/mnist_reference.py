#!/usr/bin/python3
"""PyTorch reference numbers for the MNIST Explorer (DJL on libtorch).

Cross-checking tool only: the Java application never depends on it.
Reads the four MNIST IDX files (plain or .gz) from a folder given on the
command line; nothing is downloaded. Prints one JSON object per line.

Modes:
  tutorial  classic PyTorch tutorial pipeline: torchvision.datasets.MNIST
            (ToTensor + Normalize((0.5,), (0.5,)) per sample through PIL),
            DataLoader(batch_size, shuffle=True), one epoch, samples/s.
  tensors   same model and optimizer, loop over pre-normalised tensors
            (randperm per epoch, X[perm[i:i+b]]), one epoch after a short
            warm-up, samples/s. No .item() per batch.
  accuracy  train N epochs with the tensor loop, test accuracy after each
            epoch, for one recipe or all of them.

Recipes (all 784-256-10 MLPs, CrossEntropyLoss):
  sigmoid-sgd           Sigmoid, SGD lr 0.1
  sigmoid-sgd-momentum  Sigmoid, SGD lr 0.1, momentum 0.9
  relu-adam             ReLU, Adam lr 0.001
"""

import argparse
import gzip
import json
import os
import tempfile
import time

import numpy as np
import torch
from torch import nn

FILES = {
    "train_images": "train-images-idx3-ubyte",
    "train_labels": "train-labels-idx1-ubyte",
    "test_images": "t10k-images-idx3-ubyte",
    "test_labels": "t10k-labels-idx1-ubyte",
}

RECIPES = ("sigmoid-sgd", "sigmoid-sgd-momentum", "relu-adam")


def read_idx_bytes(data_dir, name):
    """Return the raw bytes of IDX file `name`, reading `name` or `name.gz`."""
    plain = os.path.join(data_dir, name)
    if os.path.exists(plain):
        with open(plain, "rb") as f:
            return f.read()
    with gzip.open(plain + ".gz", "rb") as f:
        return f.read()


def parse_idx(raw):
    """Parse an unsigned-byte IDX file into a numpy array of its declared shape."""
    if raw[0] != 0 or raw[1] != 0 or raw[2] != 0x08:
        raise ValueError("not an unsigned-byte IDX file")
    ndim = raw[3]
    shape = tuple(int.from_bytes(raw[4 + 4 * i:8 + 4 * i], "big") for i in range(ndim))
    return np.frombuffer(raw, dtype=np.uint8, offset=4 + 4 * ndim).reshape(shape)


def load_tensors(data_dir):
    """Pre-normalised tensors: images (N,1,28,28) float32 in [-1, 1], labels int64."""
    def images(key):
        x = torch.from_numpy(parse_idx(read_idx_bytes(data_dir, FILES[key])).copy())
        return ((x.float() / 255.0 - 0.5) / 0.5).unsqueeze(1)

    def labels(key):
        return torch.from_numpy(parse_idx(read_idx_bytes(data_dir, FILES[key])).astype(np.int64))

    return images("train_images"), labels("train_labels"), images("test_images"), labels("test_labels")


def torchvision_mnist(data_dir, root):
    """Build torchvision.datasets.MNIST offline from the `root/MNIST/raw/` layout."""
    from torchvision import datasets, transforms

    raw_dir = os.path.join(root, "MNIST", "raw")
    os.makedirs(raw_dir)
    for name in FILES.values():
        with open(os.path.join(raw_dir, name), "wb") as f:
            f.write(read_idx_bytes(data_dir, name))
    transform = transforms.Compose([transforms.ToTensor(), transforms.Normalize((0.5,), (0.5,))])
    return datasets.MNIST(root, train=True, transform=transform, download=False)


def make_model(recipe):
    """784-256-10 MLP and its optimizer for a recipe name."""
    activation = nn.ReLU() if recipe == "relu-adam" else nn.Sigmoid()
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 256), activation, nn.Linear(256, 10))
    if recipe == "sigmoid-sgd":
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    elif recipe == "sigmoid-sgd-momentum":
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    elif recipe == "relu-adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=0.001)
    else:
        raise ValueError(recipe)
    return model, optimizer


def train_step(model, optimizer, loss_fn, x, y):
    """One forward/backward/step/zero_grad; returns the (detached) batch loss."""
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    optimizer.zero_grad()
    return loss.detach()


def tensor_epoch(model, optimizer, loss_fn, X, Y, batch_size):
    """One shuffled epoch over in-memory tensors; returns the mean batch loss tensor."""
    perm = torch.randperm(X.shape[0])
    total = torch.zeros(())
    batches = 0
    for i in range(0, X.shape[0], batch_size):
        idx = perm[i:i + batch_size]
        total += train_step(model, optimizer, loss_fn, X[idx], Y[idx])
        batches += 1
    return total / batches


def accuracy(model, X, Y):
    """Fraction of correctly classified samples."""
    model.eval()
    with torch.no_grad():
        correct = (model(X).argmax(dim=1) == Y).sum().item()
    model.train()
    return correct / X.shape[0]


def run_tutorial(args, emit):
    """Time one epoch of the torchvision Dataset + DataLoader pipeline."""
    model, optimizer = make_model(args.recipe)
    loss_fn = nn.CrossEntropyLoss()
    with tempfile.TemporaryDirectory() as root:
        dataset = torchvision_mnist(args.data, root)
        loader = torch.utils.data.DataLoader(dataset, batch_size=args.batch_size, shuffle=True)
        start = time.perf_counter()
        for x, y in loader:
            loss = train_step(model, optimizer, loss_fn, x, y)
        seconds = time.perf_counter() - start
    emit(samples=len(dataset), seconds=round(seconds, 3),
         samples_per_s=round(len(dataset) / seconds, 1), last_batch_loss=round(loss.item(), 4))


def run_tensors(args, emit):
    """Time one epoch of the in-memory tensor loop after a short warm-up."""
    X, Y, _, _ = load_tensors(args.data)
    model, optimizer = make_model(args.recipe)
    loss_fn = nn.CrossEntropyLoss()
    for i in range(0, args.warmup * args.batch_size, args.batch_size):
        train_step(model, optimizer, loss_fn, X[i:i + args.batch_size], Y[i:i + args.batch_size])
    start = time.perf_counter()
    mean_loss = tensor_epoch(model, optimizer, loss_fn, X, Y, args.batch_size)
    seconds = time.perf_counter() - start
    emit(samples=X.shape[0], warmup_batches=args.warmup, seconds=round(seconds, 3),
         samples_per_s=round(X.shape[0] / seconds, 1), mean_train_loss=round(mean_loss.item(), 4))


def run_accuracy(args, emit):
    """Train each recipe for N epochs and report test accuracy per epoch."""
    X, Y, Xt, Yt = load_tensors(args.data)
    recipes = RECIPES if args.recipe == "all" else (args.recipe,)
    loss_fn = nn.CrossEntropyLoss()
    for recipe in recipes:
        torch.manual_seed(args.seed)
        model, optimizer = make_model(recipe)
        for epoch in range(1, args.epochs + 1):
            start = time.perf_counter()
            mean_loss = tensor_epoch(model, optimizer, loss_fn, X, Y, args.batch_size)
            seconds = time.perf_counter() - start
            emit(recipe=recipe, epoch=epoch, mean_train_loss=round(mean_loss.item(), 4),
                 test_accuracy=round(accuracy(model, Xt, Yt), 4), epoch_seconds=round(seconds, 3))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("mode", choices=("tutorial", "tensors", "accuracy"))
    parser.add_argument("data", help="folder with the four MNIST IDX files (plain or .gz)")
    parser.add_argument("--recipe", choices=RECIPES + ("all",),
                        help="default: sigmoid-sgd for tutorial/tensors, all for accuracy")
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--epochs", type=int, default=5, help="accuracy mode only")
    parser.add_argument("--warmup", type=int, default=20, help="warm-up batches, tensors mode only")
    parser.add_argument("--threads", type=int, default=1, help="torch intra-op threads (inter-op is set to 1)")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    if args.recipe is None:
        args.recipe = "all" if args.mode == "accuracy" else "sigmoid-sgd"
    elif args.recipe == "all" and args.mode != "accuracy":
        parser.error("--recipe all is only valid in accuracy mode")

    torch.set_num_interop_threads(1)
    torch.set_num_threads(args.threads)
    torch.manual_seed(args.seed)
    common = {"mode": args.mode, "torch": torch.__version__, "threads": torch.get_num_threads(),
              "batch_size": args.batch_size, "seed": args.seed}
    if args.mode != "accuracy":
        common["recipe"] = args.recipe

    def emit(**fields):
        record = dict(common, **fields, loadavg_1m=round(os.getloadavg()[0], 2))
        print(json.dumps(record), flush=True)

    {"tutorial": run_tutorial, "tensors": run_tensors, "accuracy": run_accuracy}[args.mode](args, emit)


if __name__ == "__main__":
    main()
