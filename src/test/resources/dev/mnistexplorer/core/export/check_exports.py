"""Loads PyTorch exports the way a script would and prints what they answer, for
PyTorchParityTest. Arguments: INPUTS.npz EXPORT_DIR...

INPUTS.npz (written by the app's own NpzWriter) holds "images", a batch of normalised images
(B, 1, rows, cols), and any other arrays, which are echoed back so the test can check how numpy
read them. Prints one JSON line about INPUTS.npz, then one per export folder, with the
probabilities for every image and, for the first STAGE_IMAGES images, every child module's output
in forward order (caught by forward hooks), to compare with the app's layer by layer.
"""
import importlib.util
import json
import sys

import numpy as np
import torch

STAGE_IMAGES = 3


def describe(array):
    return {
        "dtype": str(array.dtype),
        "shape": list(array.shape),
        "fortran_order": bool(np.isfortran(array)) and array.ndim > 1,
        "values": array.ravel().tolist(),
    }


with np.load(sys.argv[1]) as inputs:
    images = torch.from_numpy(inputs["images"])
    echoed = {name: describe(inputs[name]) for name in inputs.files if name != "images"}
print(json.dumps({"images_shape": list(images.shape), "echoed": echoed}))

for index, folder in enumerate(sys.argv[2:]):
    spec = importlib.util.spec_from_file_location(f"export{index}", f"{folder}/network.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    network = module.load()
    stages = []
    hooks = [
        child.register_forward_hook(lambda _, __, output: stages.append(output.tolist()))
        for child in network.children()
    ]
    with torch.no_grad():
        network(images[:STAGE_IMAGES])
    for hook in hooks:
        hook.remove()
    with torch.no_grad():
        square = network(images)
        flat = network(images.reshape(images.shape[0], -1))
    print(json.dumps({
        "folder": folder,
        "class": type(network).__name__,
        "is_module": isinstance(network, torch.nn.Module),
        "training": network.training,
        "children": [name for name, _ in network.named_children()],
        "state_dict": {name: list(value.shape) for name, value in network.state_dict().items()},
        "probabilities": square.tolist(),
        "flat_max_difference": float((square - flat).abs().max()),
        "stages": stages,
    }))
