import { type Decimal, decCached } from '../model/decimal';
import type { Band } from '../model/period-schema';

/** Whether `value` lies within the band's optional bounds (exclusive where the band says so). */
export function bandContains(band: Band, value: Decimal): boolean {
  if (band.min !== undefined) {
    const cmp = value.comparedTo(decCached(band.min));
    if (cmp < 0 || (cmp === 0 && band.minExclusive === true)) return false;
  }
  if (band.max !== undefined) {
    const cmp = value.comparedTo(decCached(band.max));
    if (cmp > 0 || (cmp === 0 && band.maxExclusive === true)) return false;
  }
  return true;
}

/** Index of the first band (in order) containing the value, or -1 when none does (SPEC §6: 0 points). */
export function matchBand(bands: readonly Band[], value: Decimal): number {
  return bands.findIndex((band) => bandContains(band, value));
}
