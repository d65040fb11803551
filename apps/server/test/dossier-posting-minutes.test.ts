import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meetings } from '@thidua/db';
import { databaseTestTargets } from '@thidua/db/testing';
import { describe, expect, it } from 'vitest';
import { libreOfficeToPdf, pdfText, scratchDir } from '../../../packages/documents/test/clients';
import { useTestApp } from './harness';
import { buildWorld } from './meetings-awards-fixtures';

// Issue #14 §2: the result of the public posting (Art. 44) — period, place, each comment with its
// handling — is carried into the minutes of the council's meeting that deliberates after it.

const flat = (file: string) => pdfText(file).normalize('NFC').replace(/\s+/g, ' ');

describe.each(databaseTestTargets())('the posting in the minutes on $name', (target) => {
  const { db, as } = useTestApp(target);
  const dir = scratchDir('server-posting-minutes');

  it('prints "Kết quả công khai" with the comments and their handling, in PDF and Word', async () => {
    const world = await buildWorld(db(), { members: 3, scored: false });
    const office = await as(world.users.standingOffice.username);
    const tag = Math.random().toString(36).slice(2, 8);
    const batch = (
      await office.post(`/periods/${world.period.id}/dossier-batches`, {
        name: `Đợt đề nghị Huân chương ${tag}`,
        postingStartsOn: '2072-03-02',
        postingEndsOn: '2072-03-16',
        postingPlace: 'Cổng thông tin điện tử của tỉnh',
      })
    ).json<{ id: string }>();
    const quiet = (
      await office.post(`/periods/${world.period.id}/dossier-batches`, {
        name: `Đợt không có ý kiến ${tag}`,
        postingStartsOn: '2072-03-02',
        postingEndsOn: '2072-03-16',
        postingPlace: 'Trụ sở Sở Nội vụ',
      })
    ).json<{ id: string }>();
    expect(quiet.id).toBeDefined();
    const comment = await office.post(`/dossier-batches/${batch.id}/posting-comments`, {
      receivedOn: '2072-03-05',
      content: 'Đề nghị làm rõ',
      response: 'Đã xác minh',
    });
    expect(comment.statusCode, comment.body).toBe(201);
    const [meeting] = await db()
      .insert(meetings)
      .values({
        periodId: world.period.id,
        kind: 'tongKet',
        heldOn: '2072-03-20',
        title: 'Họp xét khen thưởng',
      })
      .returning();
    const [early] = await db()
      .insert(meetings)
      .values({ periodId: world.period.id, kind: 'chuyenDe', heldOn: '2072-03-10', title: 'Họp giữa kỳ' })
      .returning();

    const url = `/meetings/${meeting!.id}/documents/minutes`;
    const expected = [
      'V. Kết quả công khai',
      `Đợt đề nghị Huân chương ${tag}" được công khai từ ngày 02/03/2072 đến ngày 16/03/2072 (11 ngày làm việc)`,
      'Cổng thông tin điện tử của tỉnh',
      'Nhận được 1 ý kiến',
      '05/03/2072',
      'ẩn danh',
      'Đề nghị làm rõ',
      'Đã xác minh',
      'Không nhận được ý kiến nào.',
    ];
    const pdf = await office.get(`${url}?format=pdf`);
    expect(pdf.statusCode, pdf.body.slice(0, 200)).toBe(200);
    const pdfFile = join(dir, `minutes-${target.name}.pdf`);
    writeFileSync(pdfFile, pdf.rawPayload);
    const text = flat(pdfFile);
    for (const t of expected) expect(text).toContain(t);

    const docx = await office.get(`${url}?format=docx`);
    expect(docx.statusCode).toBe(200);
    const docxFile = join(dir, `minutes-${target.name}.docx`);
    writeFileSync(docxFile, docx.rawPayload);
    const [converted] = libreOfficeToPdf([docxFile], dir);
    const word = flat(converted!);
    for (const t of expected) expect(word).toContain(t);

    // A meeting held before the posting ended deliberates nothing of it.
    const before = await office.get(`/meetings/${early!.id}/documents/minutes?format=pdf`);
    const beforeFile = join(dir, `minutes-early-${target.name}.pdf`);
    writeFileSync(beforeFile, before.rawPayload);
    expect(flat(beforeFile)).not.toContain('Kết quả công khai');
  }, 180_000);
});
