import { formatScore } from '../format';
import type { DeductionItem } from './api';
import { adjustmentTexts as t } from './texts';

/**
 * The number an office typed (`2,5`, `2.5`, ` 10 `) as the API takes it, or null when it is not a plain
 * decimal. The text is only re-spelled with a dot and read once: no arithmetic touches it.
 */
export function decimalInput(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  const spelled = String(text).trim().replace(',', '.');
  if (!/^[+-]?\d+(\.\d+)?$/.test(spelled)) return null;
  return Number(spelled);
}

/** How a deduction item charges its occurrences, in the words of the documents. */
export function deductionRule(item: DeductionItem): string {
  const parts: string[] = [];
  if (item.tiers && item.tiers.length > 0) {
    let from = 1;
    for (const tier of item.tiers) {
      parts.push(t.tier(from, tier.upTo ?? null, formatScore(tier.pointsEach)));
      if (tier.upTo !== undefined) from = tier.upTo + 1;
    }
  } else if (item.pointsEach !== undefined) {
    parts.push(t.flat(formatScore(item.pointsEach)));
  }
  if (item.cap !== undefined) parts.push(t.cap(formatScore(item.cap)));
  return parts.join('; ');
}

/** A value for a text field as the API wants it: trimmed, or null when left empty. */
export function textOrNull(text: string | null | undefined): string | null {
  const trimmed = text?.trim() ?? '';
  return trimmed === '' ? null : trimmed;
}
