package org.nimeta.registry;

import org.nimeta.engine.MetaResult;

/** Adapters from resolved script arguments to the coordinate-based engine. */
final class CbmaRunners {
  private CbmaRunners() {}

  static MetaResult ale(EstimatorInput in) {
    throw new UnsupportedOperationException("engine not merged yet");
  }
}
