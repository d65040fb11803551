import { databaseTestTargets } from '@thidua/db/testing';
import { PROFILES } from '@thidua/profiles';
import { describe, expect, it } from 'vitest';
import { buildWorld } from './criteria-fixtures';
import { Client, useTestApp } from './harness';

interface ProfileJson {
  id: string;
  name: string;
  calendar: string;
  maxTotal: number | null;
  groups: { code: string; maxPoints: number; criteria: number }[];
}

describe.each(databaseTestTargets())('built-in profiles on $name', (target) => {
  const { db, app, as } = useTestApp(target);

  it('lists every built-in profile with its groups, maxima and criteria counts, for any signed-in user', async () => {
    const w = await buildWorld(db());
    const member = await as(w.users.memberA.username);
    const response = await member.get('/rule-profiles');
    expect(response.statusCode).toBe(200);
    const { items } = response.json<{ items: ProfileJson[] }>();
    expect(items.map((p) => p.id)).toEqual(PROFILES.map((p) => p.id));
    const baDinh = items.find((p) => p.id === 'ba-dinh-2022-phuong');
    const source = PROFILES.find((p) => p.id === 'ba-dinh-2022-phuong')!;
    expect(baDinh).toMatchObject({
      name: source.name,
      calendar: source.calendar,
      maxTotal: source.ruleset.maxTotal,
      groups: source.ruleset.groups.map((g) => ({
        code: g.code,
        maxPoints: g.maxPoints,
        criteria: g.criteria.length,
      })),
    });
  });

  it('answers 401 to an anonymous caller', async () => {
    const response = await new Client(app()).get('/rule-profiles');
    expect(response.statusCode).toBe(401);
  });
});
