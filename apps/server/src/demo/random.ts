/**
 * A small seeded generator (mulberry32), so the demo is the same on every machine and its tests can
 * rely on what it contains. Streams are keyed by name, so changing one unit's data leaves the others be.
 */
export class Random {
  private state: number;

  constructor(...keys: (string | number)[]) {
    this.state = hash(keys.join('|'));
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Uniform in [min, max). */
  between(min: number, max: number): number {
    return min + (max - min) * this.next();
  }

  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return Math.floor(this.between(min, max + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
}

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return h >>> 0;
}

/** Rounds to `decimals` places; the shortest text of the result is what gets stored and scored. */
export function round(value: number, decimals: number): number {
  // Negative decimals round to tens, hundreds…; multiplying by an exact power of ten keeps it integral.
  if (decimals < 0) return Math.round(value / 10 ** -decimals) * 10 ** -decimals;
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
}
