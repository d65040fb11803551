import { PERIOD_FORMAT } from '@thidua/engine';
import { findProfile, PROFILES, UNIT_TYPES } from '@thidua/profiles';
import { EXIT_OK, EXIT_USAGE, type Io } from '../io';

/** `thidua profiles`: the built-in rule profiles, one block each. */
export function profilesCommand(io: Io): number {
  const blocks = PROFILES.map((p) => {
    const groups = p.ruleset.groups.map((g) => `${g.code} ${g.maxPoints}`).join(', ');
    const types = p.unitTypes.map((t) => UNIT_TYPES[t]).join('; ');
    const calendar = p.calendar === 'school' ? 'năm học' : 'năm dương lịch';
    return [
      `${p.id}`,
      `  ${p.name}`,
      `  Đơn vị: ${types} (${calendar})`,
      `  Nhóm tiêu chí: ${groups}; tổng tối đa: ${p.ruleset.maxTotal ?? 'không giới hạn'}`,
      `  Nguồn: ${p.source.document} — ${p.source.issuer}`,
    ].join('\n');
  });
  io.out(
    `Các bộ tiêu chí mẫu (${PROFILES.length}):\n\n${blocks.join('\n\n')}\n\nTạo tệp kỳ thi đua: thidua template MÃ_BỘ\n`,
  );
  return EXIT_OK;
}

/** `thidua template PROFILE [--year YEAR]`: a period skeleton using that profile's ruleset. */
export function templateCommand(
  id: string | undefined,
  yearOption: string | true | undefined,
  io: Io,
): number {
  if (id === undefined) {
    io.err('Lệnh template cần mã bộ tiêu chí: thidua template MÃ_BỘ (xem: thidua profiles)\n');
    return EXIT_USAGE;
  }
  const profile = findProfile(id);
  if (!profile) {
    io.err(`Không có bộ tiêu chí mẫu "${id}". Các mã có sẵn: ${PROFILES.map((p) => p.id).join(', ')}\n`);
    return EXIT_USAGE;
  }
  const year = yearOption === undefined ? new Date().getFullYear() : Number(yearOption);
  if (!Number.isInteger(year) || year < 1945 || year > 2200) {
    io.err(`--year phải là một năm (nhận được "${String(yearOption)}").\n`);
    return EXIT_USAGE;
  }
  const period = {
    format: PERIOD_FORMAT,
    name: `${profile.name} — năm ${year}`,
    year,
    ruleset: profile.ruleset,
    units: [],
    entries: [],
    adjustments: [],
    quotas: {},
    votes: [],
  };
  io.out(JSON.stringify(period, null, 2) + '\n');
  return EXIT_OK;
}
