import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The browser specs share one server and database per run, and a council holds one period per year and
// calendar: a spec that makes a period of a year another spec also makes is refused when it runs second.
// Each spec's own years are literals next to the call that makes the period; this reads them and
// checks that no two spec files claim the same year and calendar. (Twice a clash reached CI.)
const E2E = join(import.meta.dirname, '..', '..', '..', 'e2e');
const CLAIMS = [
  /\bconst (?:YEAR|PLAN_YEAR) = (20\d\d)\b/,
  /\bbuildPeriod\(\s*\w+,\s*(20\d\d)\b/,
  /\bbuildScoringCluster\(\s*\w+,\s*(20\d\d)\b/,
  /\bcriteriaWorld\([^)]*?,\s*(20\d\d)\b/,
  /^\s*year: (20\d\d),/,
];

function claims(): Map<string, Set<string>> {
  const byYear = new Map<string, Set<string>>();
  for (const file of readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'))) {
    readFileSync(join(E2E, file), 'utf8')
      .split('\n')
      .forEach((line) => {
        for (const pattern of CLAIMS) {
          const year = pattern.exec(line)?.[1];
          if (!year) continue;
          const key = `${year} ${line.includes('schoolYear') ? 'năm học' : 'năm dương lịch'}`;
          byYear.set(key, (byYear.get(key) ?? new Set()).add(file));
        }
      });
  }
  return byYear;
}

describe('the browser specs’ own years', () => {
  it('are found (the patterns still match how the specs make their periods)', () => {
    expect(claims().size).toBeGreaterThan(15);
  });

  it('are claimed by one spec file each', () => {
    const shared = [...claims()]
      .filter(([, files]) => files.size > 1)
      .map(([key, files]) => `${key}: ${[...files].join(', ')}`);
    expect(shared).toEqual([]);
  });
});
