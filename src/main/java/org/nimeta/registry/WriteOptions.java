package org.nimeta.registry;

import java.util.List;
import org.nimeta.image.ImageFormat;

/**
 * The options of {@code write NAME to "dir" (...)}: which maps go to the folder, and thresholded
 * maps with cluster tables at a significance level. Checked like a call's named arguments.
 */
public final class WriteOptions {
  public static final String MAPS = "maps";
  public static final String ALPHA = "alpha";
  public static final String STAT_THRESHOLD = "stat_threshold";
  public static final String CLUSTERS = "clusters";
  public static final String MIN_CLUSTER_SIZE = "min_cluster_size";
  public static final String FORMAT = "format";

  /** Every option with its type, default and meaning, in the order the docs list them. */
  public static final List<ParamSpec> PARAMS = List.of(
      new ParamSpec(MAPS, new ParamType.TextList(), Value.NONE,
          "The maps to write, by name (e.g. `[\"z\", \"logp_level-voxel_corr-FWE_method-montecarlo\"]`): "
              + "any map of the estimate or of its corrections. Not given: every map. Tables are always written."),
      new ParamSpec(ALPHA, ParamType.Number.probability(), Value.NONE,
          "Also write, for every corrected p map of the estimate's corrections, its z map kept where the "
              + "corrected p < `alpha` and 0 elsewhere, as `z_<corrected map's entities>_alpha-<alpha>`. "
              + "Needs a `correct` statement for the estimate."),
      new ParamSpec(STAT_THRESHOLD, ParamType.Number.positive(), Value.NONE,
          "Also write the uncorrected z map (every `z` / `z_desc-*` map of an estimate; a conjunction's "
              + "map) kept where |value| > `stat_threshold` and 0 elsewhere, as `<map>_thresh-<stat_threshold>` "
              + "(nilearn's two-sided `stat_threshold`; e.g. 3.09 for an uncorrected one-sided p < 0.001)."),
      new ParamSpec(CLUSTERS, new ParamType.Bool(), new Value.Bool(false),
          "With `alpha` or `stat_threshold`: a cluster table `<thresholded map>_clusters.tsv` per thresholded map, as nilearn's "
              + "`get_clusters_table` (face connectivity; each peak and up to 3 sub-peaks more than 8 mm apart), then "
              + "`Cluster Size (voxels)`, the peak's `X/Y/Z (Talairach)` (Lancaster icbm2tal), `Peak Estimator Stat` "
              + "(`stat`, `est`, ... at the peak), `Cluster p (FWE, size)` (with a Monte Carlo cluster-level FWE) and "
              + "`Label (Harvard-Oxford)` with `Label Distance (mm)` (nearest label within 4 mm, `—` when none); "
              + "and `<thresholded map>_clusters.nii.gz`, each voxel's cluster id."),
      new ParamSpec(MIN_CLUSTER_SIZE, ParamType.Number.atLeast(1), new Value.Num(1, true),
          "With `alpha` or `stat_threshold`: clusters (face-connected, positive and negative apart) of fewer voxels are set to 0 "
              + "in the thresholded maps and left out of the tables.", null, ParamSpec.JavaLimit.INT),
      new ParamSpec(FORMAT, new ParamType.ChoiceList(ImageFormat.words()), new Value.Choice(ImageFormat.NIFTI.word()),
          "The file format of every map the write writes (thresholded maps too), one or a list: `nifti` "
              + "(`<map>.nii.gz`), `jnifti` (NeuroJSON's text JNIfTI, `<map>.jnii`: JSON with the NIfTI header as "
              + "`NIFTIHeader` and the voxels zlib-compressed in base64) or `bnii` (binary JNIfTI, `<map>.bnii`). "
              + "`format = [nifti, jnifti]` writes both beside each other."));

  private WriteOptions() {}

  /** The option named {@code name}, or null. */
  public static ParamSpec param(String name) {
    for (ParamSpec p : PARAMS) {
      if (p.name().equals(name)) {
        return p;
      }
    }
    return null;
  }

  /** The options as a markdown table, for docs/language.md. */
  static String markdown() {
    StringBuilder sb = new StringBuilder("### Write options\n\n")
        .append("`write NAME to \"dir\" (option = value, ...)`:\n\n")
        .append("| option | type | default | meaning |\n|---|---|---|---|\n");
    for (ParamSpec p : PARAMS) {
      String shown = p.defaultValue() instanceof Value.None ? (p.name().equals(MAPS) ? "every map" : "not set")
          : "`" + p.defaultValue().show() + "`";
      sb.append("| `").append(p.name()).append("` | ").append(p.type().describe()).append(" | ").append(shown)
          .append(" | ").append(p.doc().replace("|", "\\|")).append(" |\n");
    }
    return sb.append('\n').toString();
  }
}
