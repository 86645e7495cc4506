import { checkBuildingUnits, formatLength, looksZUp, PLAUSIBLE_BUILDING_M } from '../../../src/core/scan/index.ts';
import { CliError } from '../cli.ts';
import type { Placement } from './placement.ts';
import type { Progress } from './progress.ts';

/**
 * The importer's units check: a scan that is not building-sized is refused with
 * the `--scale` that would fix it (unless the curator gave a scale, who then
 * knows better), and one that looks Z-up gets a warning suggesting `--up z`.
 */
export interface UnitsContext {
  label: string;
  /** The curator chose a scale: never refuse, only warn. */
  scaleGiven: boolean;
  /** The curator already said the scan is Z-up. */
  upGiven: boolean;
}

/** Checks a measured scan (in metres as read, after --up and --scale); throws a CliError when it must be refused. */
export function checkScanUnits(placement: Placement, context: UnitsContext, progress: Progress): void {
  const extent = [0, 1, 2].map((a) => placement.max[a]! - placement.min[a]!) as [number, number, number];
  const verdict = checkBuildingUnits(extent);
  if (!verdict.plausible) {
    const size = `${formatLength(verdict.largest)} across at its largest (${formatLength(extent[0])} × ${formatLength(extent[1])} high × ${formatLength(extent[2])}, read as metres)`;
    const range = `a building is ${formatLength(PLAUSIBLE_BUILDING_M.min)} to ${formatLength(PLAUSIBLE_BUILDING_M.max)}`;
    if (context.scaleGiven) {
      progress.warn(`${context.label}: with the --scale given, the scan is ${size}; ${range}. Check the scale`);
    } else {
      const [best, ...others] = verdict.suggestions;
      const hint = best
        ? `it looks like it is in ${best.meaning}: run again with --scale ${best.scale}` + (others.length > 0 ? ` (or ${others.slice(0, 2).map((s) => `--scale ${s.scale} for ${s.meaning}`).join(', ')})` : '')
        : 'it has no size at all: it holds no usable geometry';
      throw new CliError(`${context.label}: the scan is ${size}, but ${range}; ${hint}.`, 1);
    }
  }
  if (!context.upGiven && looksZUp(extent, placement.facingArea)) {
    progress.warn(`${context.label}: the scan looks Z-up (its floors face along z, or it stands ${formatLength(extent[1])} tall on a ${formatLength(extent[0])} × ${formatLength(extent[2])} footprint); if it lies on its side in the tour, run again with --up z`);
  }
}
