import { DEMO_PASSWORD, signInThroughPage, STANDING_OFFICE } from './support/accounts';
import { Api } from './support/api';
import { expect, test } from './support/fixtures';
import { AUDIT_CSV_HEADER, parseCsv } from './support/organisation';
import { rawCodes } from './support/raw-codes';

// Issue #11 §3: no raw code reaches a person. Every screen of every demo account's menu is read for raw
// codes by the walk that also checks it for accessibility (accessibility.spec.ts, on an office screen),
// so the screens are opened once; here the standing office's audit export, which no screen shows.

test('the standing office’s audit log and its CSV say every value by name, never by id or code', async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInThroughPage(page, STANDING_OFFICE, DEMO_PASSWORD);
  const council = await (await Api.current(page.request)).firstCouncil();
  const response = await page.request.get(`/api/v1/councils/${council.id}/audit/export`);
  expect(response.status()).toBe(200);
  const [header, ...records] = parseCsv(await response.text());
  expect(header).toEqual(AUDIT_CSV_HEADER);
  expect(records.length, 'the demo’s log has events').toBeGreaterThan(0);
  // "Mã" is the object's id, kept on purpose for tracing an object's history (its header says so); a
  // change of the field "Mã" holds the code an office gave its cluster or unit ("cum-e2e-…"), its own
  // words. Every other cell speaks Vietnamese: the field's name and its values by name.
  const found = records.flatMap((record, i) =>
    rawCodes(
      record
        .filter((_, column) => column !== 3 && !(record[5] === 'Mã' && (column === 6 || column === 7)))
        .join(' | '),
    ).map((r) => `dòng ${i + 2}: ${r}`),
  );
  expect(found).toEqual([]);
});
