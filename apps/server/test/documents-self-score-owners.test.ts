import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { entries } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { type Client, useTestApp } from './harness';
import { buildScoringCluster, signIn } from './scoring-fixture';

const dir = scratchDir('self-score-owners');
const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

/** Found by a first user (docs/first-user-review-2026-12-07.md, item 2). */
describe.each(databaseTestTargets())('the self-score sheet of criteria others score, on $name', (target) => {
  const { db, app } = useTestApp(target);
  let staff: Client;
  let url = '';

  beforeAll(async () => {
    // I.1 and II.2 are the unit's; I.2 and II.3 focal units'; II.1 the standing office's.
    const fx = await buildScoringCluster(db(), 'results');
    // The member scored I.1 and left II.2.
    await db().insert(entries).values({
      criteriaVersionId: fx.criteriaVersionId,
      unitId: fx.units.member.id,
      criterionCode: 'I.1',
      stage: 'self',
      plan: '100',
      actual: '100',
    });
    staff = await signIn(app(), fx.users.member.username);
    url = `/clusters/${fx.cluster.id}/units/${fx.units.member.id}/documents/self-score?format=pdf`;
  });

  it('reads a criterion the standing office or a focal unit scores as theirs, not as one the unit left unscored', async () => {
    const response = await staff.get(url);
    expect(response.statusCode, response.body.slice(0, 300)).toBe(200);
    const file = join(dir, `${target.name}.pdf`);
    writeFileSync(file, response.rawPayload);
    const text = flat(file);
    // A row's cells wrap side by side, so each row is read between its code and the next one's.
    const row = (code: string, next: string) =>
      text.slice(text.indexOf(`${code} `), text.indexOf(`${next} `));
    for (const [code, next, owner] of [
      ['II.1', 'II.2', ['Cơ quan', 'thường trực chấm']],
      ['II.3', '100 100', ['Đơn vị đầu', 'mối chấm']],
    ] as const) {
      const cells = row(code, next);
      for (const t of [...owner, 'Đơn vị không tự chấm tiêu chí này']) expect(cells, code).toContain(t);
      expect(cells, code).not.toContain('Chưa chấm');
    }
    // Only II.2 is the unit's own and unscored.
    expect(text).toContain('Còn 1 tiêu chí đơn vị chưa tự chấm: II.2.');
    expect(text.split('Chưa chấm').length - 1).toBe(1);
  });
});
