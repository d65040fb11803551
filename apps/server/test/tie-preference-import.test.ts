/**
 * The period file carries the ruleset's tie preference (Nghị định 152/2025/NĐ-CP Art. 4.6, SPEC §7–§8):
 * imported into a cluster, the server scores the example exactly as its reference result, explains
 * the awards decided by the preference, and exports the preference back.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildClusterOf, buildCouncil, buildPeriod, databaseTestTargets } from '@thidua/db/testing';
import { evaluatePeriod } from '@thidua/engine';
import { describe, expect, it } from 'vitest';
import { buildUser, useTestApp, calendarYearOf } from './harness';

const EXAMPLES = fileURLToPath(new URL('../../../examples/', import.meta.url));
const read = (name: string) =>
  JSON.parse(readFileSync(`${EXAMPLES}${name}`, 'utf8')) as Record<string, unknown>;

describe.each(databaseTestTargets())('tie preference through the period file on $name', (target) => {
  const { db, as } = useTestApp(target);

  it('imports tie-preference.period.json, scores it as its result and exports tiePreference back', async () => {
    const council = await buildCouncil(db());
    const period = await buildPeriod(db(), council.id, { ...calendarYearOf(2026), stage: 'criteria' });
    const cluster = await buildClusterOf(db(), period.id, {
      code: 'khoi-so',
      name: 'Khối các sở, ngành',
      kind: 'khoi',
    });
    const office = await buildUser(db(), council.id, 'standingOffice');
    const so = await as(office.username);

    const imported = await so.post(
      `/clusters/${cluster.id}/period-file?unitType=department`,
      read('tie-preference.period.json'),
    );
    expect(imported.statusCode).toBe(201);

    const results = await so.get(`/clusters/${cluster.id}/results`);
    expect(results.statusCode).toBe(200);
    // The server lists units in code order, so equal finals come in another order than in the file.
    type Doc = {
      complete: boolean;
      pendingVotes: unknown[];
      units: {
        unit: string;
        final: number;
        rank: number;
        award: string | null;
        explanation: { award: string };
      }[];
    };
    const byUnit = (doc: Doc) =>
      Object.fromEntries(doc.units.map((u) => [u.unit, [u.final, u.rank, u.award]]));
    const expected = read('tie-preference.result.json') as unknown as Doc;
    const got = results.json<Doc>();
    expect([got.complete, got.pendingVotes, byUnit(got)]).toEqual([
      expected.complete,
      expected.pendingVotes,
      byUnit(expected),
    ]);
    const units = got.units;
    expect(units.find((u) => u.unit === 'so-giao-duc')!.explanation.award).toContain(
      'ưu tiên theo khoản 6 Điều 4 Nghị định 152/2025/NĐ-CP: tập thể có từ 70% nữ trở lên',
    );

    const exported = await so.get(`/clusters/${cluster.id}/period-file`);
    expect(exported.statusCode).toBe(200);
    const file = exported.json<{ ruleset: { tiePreference?: unknown } }>();
    expect(file.ruleset.tiePreference).toEqual({
      fact: 'womenShare70',
      equals: true,
      label: 'Tập thể có từ 70% nữ trở lên',
    });
    const again = evaluatePeriod(file);
    expect(again.ok && again.result).toEqual(results.json());
  });
});
