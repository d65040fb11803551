import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const EXAMPLE = join(ROOT, 'examples/ba-dinh-mini.period.json');
const EXPECTED = JSON.parse(readFileSync(join(ROOT, 'examples/ba-dinh-mini.result.json'), 'utf8')) as {
  units: { unit: string; final: number; award: string | null; rank: number }[];
};

/** Runs the real `thidua` bin (the file npm links as `npx thidua`) in a child process. */
function thidua(args: string[], input?: string) {
  const run = spawnSync(process.execPath, [join(ROOT, 'packages/cli/bin/thidua.js'), ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'thidua-cli-')), name);
  writeFileSync(path, content);
  return path;
}

describe('thidua score', () => {
  it('prints the example result as JSON and exits 0', () => {
    const run = thidua(['score', EXAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const result = JSON.parse(run.stdout) as typeof EXPECTED & { format: string };
    expect(result.format).toBe('thidua/result@1');
    expect(result.units.map((u) => [u.unit, u.final, u.award, u.rank])).toEqual(
      EXPECTED.units.map((u) => [u.unit, u.final, u.award, u.rank]),
    );
  });

  it('scores the tie-preference example exactly as its result file (Nghị định 152/2025/NĐ-CP Art. 4.6)', () => {
    const run = thidua(['score', join(ROOT, 'examples/tie-preference.period.json')]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    type Doc = {
      complete: boolean;
      pendingVotes: unknown[];
      units: { unit: string; final: number; award: string | null; rank: number; status: string }[];
    };
    const result = JSON.parse(run.stdout) as Doc;
    const expected = JSON.parse(
      readFileSync(join(ROOT, 'examples/tie-preference.result.json'), 'utf8'),
    ) as Doc;
    const key = (d: Doc) => ({
      complete: d.complete,
      pendingVotes: d.pendingVotes,
      units: d.units.map((u) => [u.unit, u.final, u.rank, u.status, u.award]),
    });
    expect(key(result)).toEqual(key(expected));
    expect(key(result).units.map((u) => u[4])).toEqual(['BK_CT', null, 'CO_T', 'BK_CT', null]);
  });

  it('refuses a tie preference without an operator, naming ruleset.tiePreference', () => {
    const period = JSON.parse(readFileSync(join(ROOT, 'examples/tie-preference.period.json'), 'utf8')) as {
      ruleset: { tiePreference: Record<string, unknown> };
    };
    delete period.ruleset.tiePreference.equals;
    const run = thidua(['validate', tempFile('bad.period.json', JSON.stringify(period))]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      'ruleset.tiePreference: điều kiện phải có đúng một trong "equals", "in", "notIn"',
    );
  });

  it('prints a Vietnamese ranking table with --format table', () => {
    const run = thidua(['score', EXAMPLE, '--format', 'table']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines.find((l) => l.startsWith('Hạng'))).toMatch(
      /Nhóm I\s+Nhóm II\s+Nhóm III.*Điểm\s+Trạng thái\s+Khen thưởng/,
    );
    expect(lines.find((l) => l.includes('Phường Phúc Xá'))).toMatch(
      /^\s+1\s+Phường Phúc Xá\s+610\s+175\s+200\s+15\s+1\.000\s+3,6\s+996,4\s+Được xét\s+CO_CP$/,
    );
    expect(lines.find((l) => l.includes('Phường Trúc Bạch'))).toMatch(/Được xét, hạ 1 mức\s+CO_TP$/);
    expect(run.stdout).toContain('Phường Cống Vị: Đảng bộ chỉ đạt Hoàn thành nhiệm vụ');
  });

  it('reads the period from stdin when the file is "-"', () => {
    const run = thidua(['score', '-'], readFileSync(EXAMPLE, 'utf8'));
    expect(run.code).toBe(0);
    expect((JSON.parse(run.stdout) as { complete: boolean }).complete).toBe(true);
  });

  it('refuses an invalid period with exit 2, every error on stderr and nothing on stdout', () => {
    const period = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      entries: Record<string, unknown>[];
      quotas: Record<string, number>;
    };
    period.entries[4]!.points = 125;
    period.entries[0]!.plan = -5;
    period.quotas.KHONG_CO = 1;
    const run = thidua(['score', tempFile('bad.period.json', JSON.stringify(period))]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Tệp không hợp lệ: 3 lỗi');
    expect(run.stderr).toContain('entries[4].points: 125 vượt quá điểm chuẩn 100 của tiêu chí II.2');
    expect(run.stderr).toContain('entries[0].plan: kế hoạch không được âm (nhận được −5)');
    expect(run.stderr).toContain('quotas.KHONG_CO: không có danh hiệu, hình thức khen thưởng mã "KHONG_CO"');
  });

  it('refuses malformed JSON and a missing file with exit 2 and a Vietnamese message', () => {
    const malformed = thidua(['score', tempFile('cut.json', '{"format": "thidua/period@1", "units": [')]);
    expect(malformed.code).toBe(2);
    expect(malformed.stdout).toBe('');
    expect(malformed.stderr).toContain('tệp không phải JSON hợp lệ');
    const missing = thidua(['score', join(tmpdir(), 'khong-co-tep-nay.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr).toContain('không tìm thấy tệp');
  });
});

describe('thidua validate', () => {
  it('accepts the example with a one-line summary', () => {
    const run = thidua(['validate', EXAMPLE]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(
      'Hợp lệ: "Cụm thi đua số 1 (ví dụ thu gọn) — năm 2024" — 4 đơn vị, 8 tiêu chí, 32 kết quả, 6 khoản cộng/trừ.\n',
    );
  });

  it('refuses a period whose container does not add up, naming the path', () => {
    const period = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as {
      ruleset: { groups: { criteria: { children?: { points: number }[] }[] }[] };
    };
    period.ruleset.groups[2]!.criteria[0]!.children![0]!.points = 40;
    const run = thidua(['validate', tempFile('sum.json', JSON.stringify(period))]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(
      'ruleset.groups[2].criteria[0].points: điểm chuẩn 100 của tiêu chí III.1 khác tổng điểm các tiêu chí con (90)',
    );
  });
});

describe('thidua profiles and template', () => {
  it('lists the nine built-in profiles', () => {
    const run = thidua(['profiles']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Các bộ tiêu chí mẫu (9)');
    for (const id of [
      'ba-dinh-2022-phuong',
      'long-bien-2023-phuong',
      'long-bien-2023-truong-hoc',
      'bac-giang-2022-doanh-nghiep-htx',
    ]) {
      expect(run.stdout).toContain(id);
    }
  });

  it('prints a period skeleton that validates and scores', () => {
    const run = thidua(['template', 'bac-giang-2022-huyen-thanh-pho', '--year', '2025']);
    expect(run.code).toBe(0);
    const period = JSON.parse(run.stdout) as { format: string; year: number; units: unknown[] };
    expect(period).toMatchObject({ format: 'thidua/period@1', year: 2025, units: [] });
    const file = tempFile('t.json', run.stdout);
    expect(thidua(['validate', file]).code).toBe(0);
  });

  it('refuses an unknown profile with the list of known ones', () => {
    const run = thidua(['template', 'khong-co']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('Không có bộ tiêu chí mẫu "khong-co"');
    expect(run.stderr).toContain('ba-dinh-2022-phuong');
  });
});

describe('thidua usage', () => {
  it('prints help in Vietnamese', () => {
    const run = thidua(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('thidua score TỆP [--format json|table]');
  });

  it('refuses an unknown command or option with exit 1', () => {
    expect(thidua(['chamdiem']).code).toBe(1);
    const run = thidua(['score', EXAMPLE, '--format', 'xml']);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('--format phải là "json" hoặc "table"');
  });
});
