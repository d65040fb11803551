import { formatNumber, type ResultDocument } from '@thidua/engine';

const STATUS: Record<string, string> = {
  eligible: 'Được xét',
  excluded: 'Không xem xét',
  postponed: 'Chưa xem xét',
};

const width = (s: string): number => [...s.normalize('NFC')].length;
const pad = (s: string, w: number, right: boolean): string =>
  right ? ' '.repeat(w - width(s)) + s : s + ' '.repeat(w - width(s));

/**
 * The ranking as a plain-text table for a terminal: rank, unit, one column per group, bonuses,
 * scored total, deductions, final, status and award, numbers written the Vietnamese way.
 */
export function renderTable(
  result: ResultDocument,
  context: { title: string; awards: readonly { code: string; name: string }[] },
): string {
  const first = result.units[0];
  const groupCodes = first?.groups.map((g) => g.code) ?? [];
  const header = [
    'Hạng',
    'Đơn vị',
    ...groupCodes.map((c) => `Nhóm ${c}`),
    'Cộng',
    'Tổng chấm',
    'Trừ',
    'Điểm',
    'Trạng thái',
    'Khen thưởng',
  ];
  const numeric = new Set(header.map((_, i) => i).filter((i) => i !== 1 && i < header.length - 2));
  const rows = result.units.map((u) => [
    String(u.rank),
    u.name,
    ...u.groups.map((g) => formatNumber(g.score)),
    formatNumber(u.bonusTotal),
    formatNumber(u.scored),
    formatNumber(u.deductionTotal),
    formatNumber(u.final),
    STATUS[u.status] + (u.downgraded && u.status === 'eligible' ? ', hạ 1 mức' : ''),
    u.award ?? (u.pendingVote ? `chờ bỏ phiếu ${u.pendingVote}` : '—'),
  ]);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => width(r[i]!))));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i]!, numeric.has(i)))
      .join('  ')
      .trimEnd();
  const out = [
    context.title,
    '',
    line(header),
    widths.map((w) => '─'.repeat(w)).join('  '),
    ...rows.map(line),
  ];

  const notes = result.units
    .filter((u) => u.reasons.length > 0)
    .map((u) => `  ${u.name}: ${u.reasons.join('; ')}`);
  if (notes.length > 0) out.push('', 'Lý do không xem xét / chưa xem xét:', ...notes);
  const used = new Set(result.units.map((u) => u.award ?? u.pendingVote).filter((c): c is string => !!c));
  const legend = context.awards.filter((a) => used.has(a.code)).map((a) => `  ${a.code}: ${a.name}`);
  if (legend.length > 0) out.push('', 'Khen thưởng:', ...legend);
  for (const p of result.pendingVotes) {
    out.push(
      '',
      `Chưa hoàn tất: ${p.award} còn ${p.places} suất, các đơn vị bằng điểm cần bỏ phiếu: ${p.units.join(', ')}`,
    );
  }
  return out.join('\n') + '\n';
}
