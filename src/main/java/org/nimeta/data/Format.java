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
  /**
   * A NIMADS studyset (neurostore / NiMARE JSON: studies → analyses → points), optionally with an
   * annotation; see {@link NimadsReader}.
   */
  NIMADS,
  /**
   * A folder of statistical images described by a tab-separated table ({@code id}, {@code type},
   * {@code path}, optional {@code sample_size}, ...), one row per image; see {@link ImageTableReader}.
   */
  IMAGES
}
