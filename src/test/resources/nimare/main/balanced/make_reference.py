"""BalancedALESubtraction and ContrastWorkflow references from NiMARE main (see README.md).

Run with NiMARE main's Python:
python make_reference.py OUT_DIR PAIN_JSON NULL_METHOD N_ITERS DIFFERENCE_ITERATIONS SEED...
"""
import json
import os
import sys
import time

import numpy as np
import nibabel as nib

import nimare.meta.cbma.ale as ale_module
from nimare.dataset import Dataset
from nimare.meta.cbma.ale import BalancedALESubtraction
from nimare.utils import _mask_coverage_to_mask

out_dir, pain_json, null_method = sys.argv[1], sys.argv[2], sys.argv[3]
seeds = [int(s) for s in sys.argv[6:]]
os.makedirs(out_dir, exist_ok=True)
dset = Dataset(pain_json)
ids = list(dset.ids)
g1, g2 = dset.slice(ids[:10]), dset.slice(ids[10:])
settings = dict(null_method=null_method, n_iters=int(sys.argv[4]), difference_iterations=int(sys.argv[5]))

# The grey-matter prior of mask_coverage="gm" on the dataset's mask, as a 0/1 image.
gm = _mask_coverage_to_mask(dset.masker, mask_coverage="gm").astype(np.uint8)
nib.Nifti1Image(gm, dset.masker.mask_img.affine).to_filename(os.path.join(out_dir, "prior_gm.nii.gz"))

# Instrumentation (records, changes nothing): the cluster-size threshold each probabilistic map
# used, and the subsets the observed balanced difference drew.
recorded = {"cluster_thresholds": [], "observed_draws": None, "current": None}
original_threshold = ale_module._threshold_z_clusters


def recording_threshold(z_values, masker, voxel_thresh, cluster_size_threshold=None, mask_arr=None):
    if cluster_size_threshold is not None:
        recorded["current"] = float(cluster_size_threshold)
    return original_threshold(z_values, masker, voxel_thresh, cluster_size_threshold, mask_arr)


ale_module._threshold_z_clusters = recording_threshold
original_probabilistic = BalancedALESubtraction._probabilistic_map


def recording_probabilistic(self, dataset, target_n, seed):
    recorded["current"] = None
    value = original_probabilistic(self, dataset, target_n, seed)
    recorded["cluster_thresholds"].append(recorded["current"])
    return value


BalancedALESubtraction._probabilistic_map = recording_probabilistic
original_mean = BalancedALESubtraction._mean_balanced_difference


class RecordingRng:
    def __init__(self, rng, draws):
        self.rng, self.draws = rng, draws

    def choice(self, *args, **kwargs):
        value = self.rng.choice(*args, **kwargs)
        self.draws.append(sorted(int(v) for v in value))
        return value


def recording_mean(self, ma_maps1, ma_maps2, target_n, n_iters, rng):
    if recorded["observed_draws"] is None:
        draws = []
        recorded["observed_draws"] = draws
        return original_mean(self, ma_maps1, ma_maps2, target_n, n_iters, RecordingRng(rng, draws))
    return original_mean(self, ma_maps1, ma_maps2, target_n, n_iters, rng)


BalancedALESubtraction._mean_balanced_difference = recording_mean

case = {"call": f"BalancedALESubtraction(random_state=s, **{settings}).fit(g1, g2)",
        "groups": "Dataset(nidm_pain_dset.json): ids[:10] vs ids[10:]", "seeds": {}}
for seed in seeds:
    recorded["cluster_thresholds"] = []
    recorded["observed_draws"] = None
    start = time.time()
    result = BalancedALESubtraction(random_state=seed, **settings).fit(g1, g2)
    wall = time.time() - start
    np.savez(os.path.join(out_dir, f"null_seed{seed}.npz"), **result.estimator.null_distributions_)
    if seed == seeds[0]:
        result.save_maps(output_dir=out_dir)
    draws = recorded["observed_draws"]
    case["seeds"][str(seed)] = {
        "wall_s": wall,
        "cluster_thresholds": recorded["cluster_thresholds"],
        # pairs: (group 1 subset, group 2 subset) per draw, indices into each group in id order
        "observed_draws": [[draws[2 * i], draws[2 * i + 1]] for i in range(len(draws) // 2)],
    }
    print(seed, wall, recorded["cluster_thresholds"], flush=True)

with open(os.path.join(out_dir, "case.json"), "w") as f:
    json.dump(case, f, indent=1)
