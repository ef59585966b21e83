package org.nimeta.data;

/** The dataset file formats {@link DatasetLoader} knows. */
public enum Format {
  /**
   * NiMARE's dataset JSON: study → contrasts → coords / metadata / images. ({@code Dataset(json)}
   * defaults to the {@code mni152_2mm} target and brain mask.)
   */
  NIMARE,
  /**
   * GingerALE / Sleuth foci text: {@code // Reference=MNI}, labels, {@code // Subjects=N}, rows.
   * (NiMARE's {@code convert_sleuth_to_dataset} defaults to the {@code ale_2mm} target, whose brain
   * mask is GingerALE's, not the {@code mni152_2mm} one.)
   */
  SLEUTH,
  /** A folder of statistical images. Not supported yet: loading it raises a DataException. */
  IMAGES
}
