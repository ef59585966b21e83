/**
 * Contrasts between two groups of coordinate-based experiments. {@link
 * org.nimeta.engine.contrast.AleSubtraction} is NiMARE 0.2.1's ALE subtraction with a
 * group-label permutation null kept in O(voxels) memory; {@link
 * org.nimeta.engine.contrast.GroupShuffle} chooses between nimeta's seeded permutation stream and
 * NiMARE's own ({@code default_rng(i)} per permutation), which reproduces NiMARE's maps exactly.
 */
package org.nimeta.engine.contrast;
