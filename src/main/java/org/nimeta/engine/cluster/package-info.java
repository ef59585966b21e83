/**
 * Clusters of supra-threshold voxels, as NiMARE forms them with {@code scipy.ndimage.label}:
 * face connectivity (6 neighbours) on the full grid, voxels outside the mask never joining.
 *
 * <p>{@link org.nimeta.engine.cluster.FaceNeighbours} precomputes each in-mask voxel's in-mask
 * neighbours once per mask; {@link org.nimeta.engine.cluster.ClusterLabeler} (one per thread)
 * labels a map's clusters and reports sizes and masses ({@code sum(value - threshold)}) without
 * allocating, from all voxels or from a list of candidate voxels, which is what the Monte Carlo
 * loops pass.
 */
package org.nimeta.engine.cluster;
