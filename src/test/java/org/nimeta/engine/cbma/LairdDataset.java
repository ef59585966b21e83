package org.nimeta.engine.cbma;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.nimeta.data.VoxelCoordinates;
import org.nimeta.engine.CoordinateExperiment;
import org.nimeta.engine.RefData;
import org.nimeta.image.Affine;
import org.nimeta.image.Mask;

/**
 * {@code inputs/neurosynth_laird_studies.json} as NiMARE loads it for an MNI target: Talairach
 * experiments go through Lancaster's {@code tal2mni} (the inverse of the icbm_other matrix), other
 * spaces are left as they are. No sample sizes.
 */
final class LairdDataset {
  private static final Affine MNI2TAL = Affine.of(new double[][] {
    {0.9357, 0.0029, -0.0072, -1.0423},
    {-0.0065, 0.9396, -0.0726, -1.3940},
    {0.0103, 0.0752, 0.8967, 3.6475}});

  private LairdDataset() {}

  static List<CoordinateExperiment> experiments(Mask mask) {
    Affine tal2mni = MNI2TAL.inverse();
    Affine mm2vox = mask.grid().affine().inverse();
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(RefData.INPUTS.resolve("neurosynth_laird_studies.json").toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<CoordinateExperiment> out = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> studies = root.fields(); studies.hasNext(); ) {
      Map.Entry<String, JsonNode> study = studies.next();
      for (Iterator<Map.Entry<String, JsonNode>> contrasts = study.getValue().get("contrasts").fields();
          contrasts.hasNext(); ) {
        Map.Entry<String, JsonNode> contrast = contrasts.next();
        JsonNode coords = contrast.getValue().get("coords");
        boolean talairach = coords.get("space").asText().equals("TAL");
        int n = coords.get("x").size();
        int[] ijk = new int[3 * n];
        for (int f = 0; f < n; f++) {
          double[] xyz = {coords.get("x").get(f).asDouble(), coords.get("y").get(f).asDouble(),
            coords.get("z").get(f).asDouble()};
          if (talairach) {
            xyz = tal2mni.apply(xyz[0], xyz[1], xyz[2]);
          }
          System.arraycopy(VoxelCoordinates.mm2vox(mm2vox, xyz[0], xyz[1], xyz[2]), 0, ijk, 3 * f, 3);
        }
        out.add(new CoordinateExperiment(study.getKey() + "-" + contrast.getKey(), ijk, Double.NaN));
      }
    }
    return out;
  }
}
