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

// A shared helper that makes periods in years of its own lists them (`const YEARS = [2056, 2057]`,
// `OWN_YEARS`, `SIDE_YEAR`, `WALK_YEARS`): those years are the helper's, in both calendars, whichever spec calls it.
const HELPER_YEARS = /\b(?:YEARS|OWN_YEARS|SIDE_YEAR|WALK_YEARS)\s*=\s*\[?([\d,\s]+)\]?/;

function claims(): Map<string, Set<string>> {
  const byYear = new Map<string, Set<string>>();
  const claim = (key: string, file: string) => byYear.set(key, (byYear.get(key) ?? new Set()).add(file));
  for (const file of readdirSync(E2E).filter((name) => name.endsWith('.spec.ts'))) {
    readFileSync(join(E2E, file), 'utf8')
      .split('\n')
      .forEach((line) => {
        for (const pattern of CLAIMS) {
          const year = pattern.exec(line)?.[1];
          if (!year) continue;
          claim(`${year} ${line.includes('schoolYear') ? 'năm học' : 'năm dương lịch'}`, file);
        }
      });
  }
  const support = join(E2E, 'support');
  for (const file of readdirSync(support).filter((name) => name.endsWith('.ts'))) {
    for (const line of readFileSync(join(support, file), 'utf8').split('\n')) {
      const years = HELPER_YEARS.exec(line)?.[1]?.match(/20\d\d/g) ?? [];
      for (const year of years)
        for (const calendar of ['năm học', 'năm dương lịch']) claim(`${year} ${calendar}`, `support/${file}`);
    }
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
