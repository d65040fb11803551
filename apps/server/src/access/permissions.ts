import type { ClusterAccess, ClusterRole } from './cluster-access';

/**
 * The one table of who may do what in a cluster (SPEC §1, §3): each action the cluster's roles gate,
 * and the roles that may. Policies ask `may(access, action)`; nothing else lists roles. The rules that
 * depend on the row as well as the role stay beside the action's policy and are named here:
 * - conflict of interest (SPEC §3): nobody reviews, answers objections on or proposes their own unit's
 *   row; a focal department that is also a member does not score its own row (scoring-shared/policy.ts,
 *   objections/service.ts, adjustments/policy.ts);
 * - a unit's own staff write its own rows (self-scores, registration, staff counts) — `memberUnitIds`.
 * ARCHITECTURE.md prints this table (`npm run docs:tables`; apps/server/test/permission-table.test.ts).
 */
export const CLUSTER_PERMISSIONS = {
  draftCriteria: {
    roles: ['leader', 'deputy', 'standingOffice'],
    what: 'soạn bộ tiêu chí, giao tiêu chí cho đơn vị chấm',
  },
  // Deputies draft but do not issue; the standing office may, as the council's overseer (SPEC §1, §4.2).
  issueCriteria: { roles: ['leader', 'standingOffice'], what: 'ghi nhận thống nhất, ban hành bộ tiêu chí' },
  readAllRegistrations: {
    roles: ['leader', 'deputy', 'standingOffice', 'follower'],
    what: 'xem đăng ký của mọi đơn vị bất cứ lúc nào',
  },
  registerForAnyUnit: { roles: ['standingOffice'], what: 'đăng ký thay đơn vị' },
  reopenRegistration: { roles: ['standingOffice'], what: 'mở lại bản đăng ký đã nộp' },
  // The leader organises the signing.
  recordPact: { roles: ['leader', 'standingOffice'], what: 'ghi nhận ký giao ước' },
  reviewScores: {
    roles: ['leader', 'deputy', 'standingOffice'],
    what: 'thẩm định điểm, trả lời ý kiến, ghi điểm cộng của cụm',
  },
  seeWholeCluster: {
    roles: ['leader', 'deputy', 'standingOffice', 'follower'],
    what: 'xem cả bảng điểm trước khi công bố',
  },
  writeAnyAdjustment: { roles: ['standingOffice'], what: 'ghi mọi khoản cộng điểm, trừ điểm' },
  writeFromRecords: {
    roles: ['standingOffice'],
    what: 'tổng hợp điểm từ hồ sơ: trừ điểm chậm, muộn; tỷ lệ hồ sơ bị trả lại',
  },
  scoreForStandingOffice: { roles: ['standingOffice'], what: 'chấm tiêu chí do cơ quan thường trực chấm' },
  writeFacts: { roles: ['standingOffice'], what: 'ghi thông tin xét khen thưởng, xác nhận số liệu' },
  importPeriodFile: { roles: ['standingOffice'], what: 'nhập tệp kỳ thi đua' },
  writeMeetings: {
    roles: ['leader', 'deputy', 'standingOffice'],
    what: 'lập cuộc họp, điểm danh, biểu quyết',
  },
  propose: { roles: ['leader', 'deputy', 'standingOffice'], what: 'lập, điều chỉnh đề nghị khen thưởng' },
  decideProposals: {
    roles: ['standingOffice'],
    what: 'xác nhận đề nghị khi thiếu số liệu, trả lại, duyệt đề nghị; đặt chỉ tiêu',
  },
} as const satisfies Record<string, { roles: readonly ClusterRole[]; what: string }>;

export type ClusterAction = keyof typeof CLUSTER_PERMISSIONS;

/** Whether one of the actor's roles in the cluster may do the action. */
export function may(access: Pick<ClusterAccess, 'roles'>, action: ClusterAction): boolean {
  return CLUSTER_PERMISSIONS[action].roles.some((role) => access.roles.has(role));
}

const ROLE_HEADERS: Record<ClusterRole, string> = {
  leader: 'Cụm trưởng',
  deputy: 'Cụm phó',
  standingOffice: 'Cơ quan thường trực',
  follower: 'Thành viên Hội đồng theo dõi',
  member: 'Đơn vị thành viên',
};

/** The table as Markdown, for ARCHITECTURE.md (generated; the test compares). */
export function permissionTableMarkdown(): string {
  const roles = Object.keys(ROLE_HEADERS) as ClusterRole[];
  const header = ['Việc (action)', ...roles.map((r) => ROLE_HEADERS[r])];
  const rows = Object.entries(CLUSTER_PERMISSIONS).map(([action, rule]) => [
    `\`${action}\` — ${rule.what}`,
    ...roles.map((r) => ((rule.roles as readonly string[]).includes(r) ? '✓' : '')),
  ]);
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}
