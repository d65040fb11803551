import { formatNumber as n } from '@thidua/engine';

/** Every Vietnamese text of the criteria module, in one place (field messages and error messages). */
export const CRITERIA_MSG = {
  // Frameworks.
  oneSource:
    'cần đúng một nguồn: "profileId" (mẫu có sẵn), "fromFrameworkId" (khung tiêu chí khác) hoặc "ruleset"',
  unknownProfile: (id: string) => `không có mẫu quy định mã "${id}"`,
  unknownFramework: 'không có khung tiêu chí này trong hội đồng',
  unknownFixedCode: (code: string) =>
    `không có nhóm tiêu chí hay khoản điểm thưởng mã "${code}" trong khung tiêu chí`,
  duplicateFixedCode: (code: string) => `mã "${code}" bị lặp`,
  invalidRuleset: (count: number) => `Bộ tiêu chí chưa hợp lệ: ${count} lỗi`,
  frameworkIssued: 'Khung tiêu chí đã ban hành và khóa; muốn thay đổi cần tạo phiên bản mới có lý do',
  frameworkNotIssued: 'Khung tiêu chí chưa ban hành: cụm, khối chỉ xây dựng tiêu chí từ khung đã ban hành',
  frameworkDraftNoRevision: 'Khung tiêu chí còn là dự thảo: hãy sửa trực tiếp, không cần tạo phiên bản mới',
  newerRevision: (revision: number) =>
    `Đã có phiên bản mới hơn (phiên bản ${revision}); chỉ tạo phiên bản mới từ phiên bản sau cùng`,

  // Cluster criteria versions.
  versionExists: 'Cụm, khối đã có bộ tiêu chí; hãy sửa dự thảo hoặc tạo phiên bản mới từ bản đã ban hành',
  versionNotDraftForAgree: 'Chỉ ghi nhận sự thống nhất cho bộ tiêu chí đang là dự thảo',
  versionNotAgreed: 'Cần ghi nhận sự thống nhất của các đơn vị thành viên trước khi ban hành bộ tiêu chí',
  versionDraftNoRevision: 'Bộ tiêu chí chưa ban hành: hãy sửa trực tiếp, không cần tạo phiên bản mới',
  draftHidden: 'Chỉ các đơn vị trong cụm, khối, thành viên Hội đồng và cơ quan thường trực được xem dự thảo',
  drafterOnly: 'Chỉ cụm trưởng, cụm phó hoặc cơ quan thường trực được xây dựng bộ tiêu chí của cụm, khối',
  leaderOnly: 'Chỉ cụm trưởng hoặc cơ quan thường trực được ghi nhận thống nhất và ban hành bộ tiêu chí',
  versionsOfOtherCluster: 'hai phiên bản phải thuộc cùng một cụm, khối',

  // Framework rules a cluster's criteria must follow (SPEC §5).
  missingGroup: (code: string) => `thiếu nhóm ${code} của khung tiêu chí Hội đồng`,
  extraGroup: (code: string) => `nhóm ${code} không có trong khung tiêu chí của Hội đồng`,
  groupMax: (code: string, got: number, want: number) =>
    `điểm tối đa của nhóm ${code} phải là ${n(want)} như khung tiêu chí (nhận được ${n(got)})`,
  maxTotal: (got: number | null, want: number | null) =>
    `tổng điểm tối đa phải là ${want === null ? 'không giới hạn' : n(want)} như khung tiêu chí ` +
    `(nhận được ${got === null ? 'không giới hạn' : n(got)})`,
  fixedGroupChanged: (code: string) =>
    `nhóm ${code} do Hội đồng quy định cố định; cụm, khối không được thay đổi`,
  fixedBonusChanged: (code: string) =>
    `khoản điểm thưởng ${code} do Hội đồng quy định cố định; cụm, khối không được thay đổi`,
  fixedBonusMissing: (code: string) => `thiếu khoản điểm thưởng ${code} do Hội đồng quy định cố định`,
  tooManyCriteria: (code: string, count: number, base: number, added: number, limit: number) =>
    `nhóm ${code} có ${count} tiêu chí; khung tiêu chí có ${base}, cụm, khối được thêm tối đa ${added} ` +
    `(tức tối đa ${limit} tiêu chí)`,

  // Criterion assignments.
  notALeaf: (code: string) => `không có tiêu chí lá mã "${code}" trong bộ tiêu chí này`,
  duplicateAssignment: (code: string) => `tiêu chí ${code} được phân công hai lần trong cùng yêu cầu`,
  focalUnitRequired: 'cần chọn đơn vị đầu mối khi giao tiêu chí cho đơn vị đầu mối',
  focalUnitForbidden: 'chỉ chọn đơn vị đầu mối khi giao tiêu chí cho đơn vị đầu mối',
  unknownFocalUnit: 'không có đơn vị này (đang hoạt động) trong hội đồng',
} as const;
