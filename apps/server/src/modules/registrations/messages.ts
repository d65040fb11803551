import { seatName } from '@thidua/vocabulary';
import { formatNumber as n } from '@thidua/engine';

/** Every Vietnamese text of the registrations module, in one place. */
export const REGISTRATION_MSG = {
  notAMember: 'đơn vị không thuộc cụm, khối này trong kỳ thi đua',
  editorOnly: 'Chỉ cán bộ của đơn vị hoặc cơ quan thường trực được đăng ký thi đua cho đơn vị',
  reopenerOnly: 'Chỉ cơ quan thường trực được mở lại bản đăng ký đã gửi',
  notSubmitted: 'Bản đăng ký chưa gửi nên không cần mở lại',
  hiddenUntilAllSubmitted:
    'Chỉ xem được bản đăng ký của đơn vị khác khi tất cả đơn vị trong cụm, khối đã gửi đăng ký',
  readersOnly: 'Chỉ các đơn vị trong cụm, khối, thành viên Hội đồng và cơ quan thường trực được xem',
  alreadyRegistered: 'Đơn vị đã có bản đăng ký thi đua trong kỳ này; hãy sửa bản đã có',
  noCluster: 'đơn vị của bản đăng ký không thuộc cụm, khối nào trong kỳ',

  unknownCriterion: (code: string, where = 'bộ tiêu chí đã ban hành') =>
    `không có tiêu chí mã "${code}" trong ${where} của cụm, khối`,
  basisName: { issued: 'bộ tiêu chí đã ban hành', draft: 'dự thảo bộ tiêu chí' },
  /** Before the cluster has a draft (or while its draft is not valid yet) targets cannot be keyed by criterion. */
  noDraftForPlans: (kind: 'issued' | 'draft' | 'none') =>
    kind === 'draft'
      ? 'dự thảo bộ tiêu chí của cụm, khối chưa hợp lệ nên chưa đăng ký được kế hoạch (chỉ tiêu); ' +
        'hãy đăng ký danh hiệu, mô hình, chuyên đề trước và bổ sung chỉ tiêu khi dự thảo đã hoàn chỉnh'
      : 'cụm, khối chưa có dự thảo bộ tiêu chí nên chưa đăng ký được kế hoạch (chỉ tiêu) theo tiêu chí; ' +
        'hãy đăng ký danh hiệu, mô hình, chuyên đề trước và bổ sung chỉ tiêu khi đã có dự thảo',
  /** Issue #14 §3: why a target or title registered before issue was dropped when the criteria were issued. */
  droppedPlanReason: (code: string, documentNumber: string | null) =>
    `bộ tiêu chí ban hành${documentNumber ? ` (số ${documentNumber})` : ''} không có tiêu chí định lượng ${code}`,
  droppedAtIssueReason: (reasons: string[]) =>
    `Chuyển bản đăng ký sang bộ tiêu chí đã ban hành; bỏ: ${reasons.join('; ')}`,
  nothingDroppedAtIssue: 'Chuyển bản đăng ký sang bộ tiêu chí đã ban hành; không bỏ chỉ tiêu, danh hiệu nào',
  droppedTitleReason: (code: string, documentNumber: string | null) =>
    `bộ tiêu chí ban hành${documentNumber ? ` (số ${documentNumber})` : ''} không có danh hiệu ${code}`,
  notQuantitative: (code: string) =>
    `tiêu chí ${code} không phải tiêu chí định lượng: chỉ đăng ký kế hoạch cho tiêu chí định lượng`,
  containerPlan: (code: string) =>
    `tiêu chí ${code} là tiêu chí chứa (có tiêu chí con): kế hoạch đăng ký cho từng tiêu chí định lượng con`,
  duplicatePlan: (code: string) => `tiêu chí ${code} đã có kế hoạch ở phần trước của danh sách`,
  negativePlan: (value: number) => `kế hoạch không được âm (nhận được ${n(value, 20)})`,
  planPositive: (code: string) =>
    `kế hoạch của tiêu chí tăng ${code} phải lớn hơn 0; nếu chỉ tiêu là 0, hãy đề nghị dùng tiêu chí tính ngược`,
  unknownTitle: (code: string, known: string[]) =>
    known.length > 0
      ? `không có danh hiệu, hình thức khen thưởng mã "${code}" trong bộ tiêu chí (các mã: ${known.join(', ')})`
      : `bộ tiêu chí của cụm, khối không có danh hiệu, hình thức khen thưởng nào (nhận được "${code}")`,
  duplicateTitle: (code: string) => `danh hiệu ${code} bị lặp`,
  missingPlans: (codes: string[]) => `chưa đăng ký kế hoạch cho các tiêu chí định lượng: ${codes.join(', ')}`,

  pactRecorderOnly: 'Chỉ cụm trưởng hoặc cơ quan thường trực được ghi nhận ký giao ước thi đua',
  pactExists: 'Đã ghi nhận ký giao ước của đơn vị này trong kỳ; hãy sửa bản ghi đã có',

  agreementParty: { follower: 'thành viên Hội đồng theo dõi cụm', standingOffice: 'cơ quan thường trực' },
  agreeOnlyAs: {
    follower: 'Chỉ thành viên Hội đồng được phân công theo dõi cụm, khối được ghi ý kiến đồng ý của mình',
    standingOffice: 'Chỉ cơ quan thường trực Hội đồng được ghi ý kiến đồng ý của cơ quan thường trực',
  },
  alreadyAgreed: (party: string) => `Đã ghi nhận ý kiến đồng ý của ${party}`,
  notAgreed: (party: string) => `Chưa có ý kiến đồng ý của ${party} để rút`,
  /** Ba Đình 2022, Long Biên 2023: who has not agreed yet, so the signing cannot be recorded. */
  pactNotAgreed: (missing: string[]) =>
    `Chưa ký giao ước được: chưa có ý kiến đồng ý của ${missing.join(' và ')} ` +
    '(Cụm chỉ ký giao ước sau khi được thành viên Hội đồng theo dõi cụm và cơ quan thường trực đồng ý)',

  signerAuthority: 'THỦ TRƯỞNG ĐƠN VỊ',
  formTitle: (year: number) => `ĐĂNG KÝ THAM GIA THI ĐUA NĂM ${year}`,
  leaderOf: (kind: 'cum' | 'khoi', name: string) => `${seatName('leader', kind)} ${name}`,
  /** Ký hiệu of a unit's registration form (its number is written when the unit registers it). */
  formSymbol: 'ĐKTĐ',
} as const;
