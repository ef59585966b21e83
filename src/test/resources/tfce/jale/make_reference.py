"""Runs JALE's compute_tfce on nimeta's ALE z map of the pain data; see README.md.

JALE's code is not stored here: the function is read from a checkout of JALE at run time.
usage: python3 make_reference.py /path/to/JALE/repo <commit>
"""
import ast
import gzip
import subprocess
import sys

import numpy as np
from scipy import ndimage

SHAPE_KJI = (91, 109, 91)  # the MNI152 2 mm grid, k slowest as nimeta's flat index i + nx (j + ny k)

repo, commit = sys.argv[1], sys.argv[2]
source = subprocess.run(["git", "-C", repo, "show", commit + ":jale/core/utils/compute.py"],
                        check=True, capture_output=True, text=True).stdout
tree = ast.parse(source)
function = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "compute_tfce")
namespace = {"np": np, "ndimage": ndimage}
exec(compile(ast.Module(body=[function], type_ignores=[]), "compute_tfce", "exec"), namespace)


def read(name):
    with gzip.open(name, "rb") as f:
        return np.frombuffer(f.read(), "<f8")


z_masked = read("z.f64.gz")
flat = read("flat_index.f64.gz").astype(np.int64)
volume = np.zeros(np.prod(SHAPE_KJI))
volume[flat] = z_masked
tfce = namespace["compute_tfce"](volume.reshape(SHAPE_KJI), E=0.5, H=2, delta_t_steps=100)
out = tfce.reshape(-1)[flat].astype("<f8")
with gzip.open("tfce_jale.f64.gz", "wb") as f:
    f.write(out.tobytes())
print("max z", volume.max(), "max tfce", out.max(), "enhanced voxels", int((out > 0).sum()))
