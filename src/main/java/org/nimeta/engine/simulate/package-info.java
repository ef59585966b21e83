/**
 * Simulated coordinate datasets ({@link org.nimeta.engine.simulate.CoordinateSimulation}, after
 * NiMARE's {@code create_coordinate_dataset}) for testing estimators and measuring them at scale.
 */
package org.nimeta.engine.simulate;
