package dev.mnistexplorer.core.inspect;

/** How weight tiles map values to colours: each tile to its own largest weight, or all to one. */
public enum TileScale {
  /** Each tile spans ± its own largest absolute weight: every unit's pattern shows fully. */
  PER_TILE,
  /** Every tile spans ± the layer's largest absolute weight: units can be compared. */
  SHARED
}
