package org.nimeta.data;

/** The dataset file formats {@link DatasetLoader} knows. */
public enum Format {
  /** NiMARE's dataset JSON: study → contrasts → coords / metadata / images. */
  NIMARE,
  /** GingerALE / Sleuth foci text: {@code // Reference=MNI}, labels, {@code // Subjects=N}, rows. */
  SLEUTH,
  /** A folder of statistical images. Not supported yet: loading it raises a DataException. */
  IMAGES
}
