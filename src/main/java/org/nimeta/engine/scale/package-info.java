/**
 * Specific coactivation likelihood estimation ({@link org.nimeta.engine.scale.Scale}, NiMARE
 * 0.2.1's {@code SCALE}): ALE against a voxel-specific null from a base-rate coordinate pool
 * ({@link org.nimeta.engine.scale.BasePool}), with nimeta's seeded relocation stream or NiMARE's
 * own legacy-numpy draws ({@link org.nimeta.engine.scale.FociRelocation}).
 */
package org.nimeta.engine.scale;
