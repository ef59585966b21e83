package org.nimeta.engine.ibma;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.nimeta.engine.EngineRefusal;
import org.nimeta.image.Mask;

/**
 * The input of an image-based meta-analysis: studies (in dataset order) whose images are masked
 * arrays over one {@link Mask}. Estimators pick the studies that have the images they need, as
 * NiMARE drops studies missing a required input. Immutable.
 */
public final class IbmaData {
  private final Mask mask;
  private final List<IbmaStudy> studies;

  /** Checks that ids are unique and every image has one value per in-mask voxel. */
  public IbmaData(Mask mask, List<IbmaStudy> studies) {
    this.mask = mask;
    this.studies = List.copyOf(studies);
    Set<String> ids = new HashSet<>();
    for (IbmaStudy s : this.studies) {
      if (!ids.add(s.id())) {
        throw new EngineRefusal("study `" + s.id() + "` appears twice");
      }
      s.images().forEach((kind, values) -> {
        if (values.length != mask.size()) {
          throw new EngineRefusal("study `" + s.id() + "`: the `" + kind.nimareName()
              + "` image has " + values.length + " values but the mask has " + mask.size() + " voxels");
        }
      });
    }
  }

  public Mask mask() {
    return mask;
  }

  public List<IbmaStudy> studies() {
    return studies;
  }
}
