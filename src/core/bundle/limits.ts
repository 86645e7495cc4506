/**
 * Ceilings for importing a bundle zip. A zip is a claim about its content;
 * these keep a hostile or broken one (a zip bomb, a million tiny entries) from
 * freezing the curator's browser before we can say what is wrong with it.
 */
export interface BundleLimits {
  /** Entries (files and folders) in the zip. */
  maxEntries: number;
  /** Bytes of all entries together once inflated. */
  maxTotalBytes: number;
  /**
   * Inflated : compressed ratio above which a large entry is taken for a zip
   * bomb. Real media barely compress; text (scene.json, traces) stays far below this.
   */
  maxCompressionRatio: number;
  /** Entries smaller than this may have any ratio (a tiny file of spaces compresses absurdly well and harms nobody). */
  ratioCheckMinBytes: number;
}

/** The defaults: generous for a real venue (a scan, a few hundred media files), tight for an attack. */
export const BUNDLE_LIMITS: Readonly<BundleLimits> = {
  maxEntries: 5_000,
  maxTotalBytes: 500 * 1024 * 1024,
  maxCompressionRatio: 100,
  ratioCheckMinBytes: 1024 * 1024,
};
