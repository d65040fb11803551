import type { Decimal } from '../model/decimal';
import { formatNumber as n } from '../explain/format';
import { describeValue } from './zod-issues';

/** Every Vietnamese validation message of the engine, in one place. */
export const MSG = {
  invalidJson: (detail: string) => `tệp không phải JSON hợp lệ: ${detail}`,
  jsonAt: (line: number, column: number) => `lỗi cú pháp tại dòng ${line}, cột ${column}`,
  jsonTruncated: 'tệp kết thúc khi chưa đóng đủ ngoặc (tệp bị cắt cụt?)',
  jsonEmpty: 'tệp rỗng',
  jsonSyntax: 'lỗi cú pháp',
  notAnObject: 'tệp phải là một đối tượng JSON thidua/period@1 ({ "format": "thidua/period@1", … })',
  duplicateCode: (code: string, firstPath: string) => `mã "${code}" bị trùng (đã dùng tại ${firstPath})`,
  bothChildrenAndKind: 'tiêu chí có tiêu chí con thì không được có "kind"',
  missingKind:
    'thiếu "kind" (quantitative, qualitative, bands, rating hoặc yesno) hoặc "children" cho tiêu chí chứa',
  emptyChildren: 'tiêu chí chứa phải có ít nhất một tiêu chí con',
  containerSum: (code: string, points: Decimal, total: Decimal) =>
    `điểm chuẩn ${n(points)} của tiêu chí ${code} khác tổng điểm các tiêu chí con (${n(total)})`,
  groupOverMax: (code: string, total: Decimal, max: Decimal) =>
    `tổng điểm chuẩn các tiêu chí của nhóm ${code} là ${n(total)}, vượt quá điểm tối đa ${n(max)}`,
  fieldNotForKind: (field: string, kind: string) =>
    `trường "${field}" không dùng cho tiêu chí loại "${kind}"`,
  bandsRequired: 'tiêu chí loại "bands" phải có danh sách mức "bands" (ít nhất một mức)',
  bandOverPoints: (points: number, standard: number, code: string) =>
    `điểm của mức (${n(points)}) vượt quá điểm chuẩn ${n(standard)} của tiêu chí ${code}`,
  bandMinOverMax: (min: number, max: number) =>
    `cận dưới ${n(min)} lớn hơn cận trên ${n(max)}: mức này không bao giờ đạt`,
  optionsRequired: 'tiêu chí loại "rating" phải có "options" (ít nhất một mức xếp loại)',
  optionOverPoints: (option: string, points: number, standard: number, code: string) =>
    `điểm của mức "${option}" (${n(points)}) vượt quá điểm chuẩn ${n(standard)} của tiêu chí ${code}`,
  deductionKind:
    'khoản trừ phải có đúng một trong hai: "pointsEach" (trừ cố định) hoặc "tiers" (trừ theo bậc)',
  tiersEmpty: '"tiers" phải có ít nhất một bậc',
  tierUpToMissing: 'chỉ bậc cuối cùng được bỏ trống "upTo"',
  tierUpToOrder: (upTo: number, previous: number) => `"upTo" (${upTo}) phải lớn hơn bậc trước (${previous})`,
  predicateShape: 'điều kiện phải có đúng một trong "equals", "in", "notIn"',
  unknownUnit: (id: string) => `không có đơn vị mã "${id}" trong danh sách units`,
  unknownCriterion: (code: string) => `không có tiêu chí mã "${code}" trong bộ tiêu chí`,
  containerEntry: (code: string) =>
    `tiêu chí ${code} là tiêu chí chứa (có tiêu chí con); chỉ chấm các tiêu chí lá`,
  duplicateEntry: (unit: string, code: string, firstPath: string) =>
    `đơn vị "${unit}" đã có kết quả cho tiêu chí ${code} (tại ${firstPath}); mỗi đơn vị chỉ một kết quả cho một tiêu chí`,
  entryFieldRequired: (field: string, kindLabel: string, code: string) =>
    `thiếu "${field}" — tiêu chí ${code} là ${kindLabel}`,
  notNegative: (what: string, value: number) => `${what} không được âm (nhận được ${n(value, 20)})`,
  planPositive: (code: string, value: number) =>
    `kế hoạch của tiêu chí tăng ${code} phải lớn hơn 0 (nhận được ${n(value, 20)}); nếu chỉ tiêu là 0, hãy dùng tiêu chí tính ngược hoặc tiêu chí định tính`,
  pointsOverStandard: (points: number, standard: number, code: string) =>
    `${n(points, 20)} vượt quá điểm chuẩn ${n(standard)} của tiêu chí ${code}`,
  unknownRating: (rating: string, code: string, options: string[]) =>
    `xếp loại "${rating}" không có trong các mức của tiêu chí ${code} (${options.join(', ')})`,
  unknownAdjustmentCode: (code: string) =>
    `không có khoản cộng hoặc khoản trừ mã "${code}" trong bộ tiêu chí`,
  bonusNeedsPoints: (code: string) => `khoản cộng ${code} cần "points" (số điểm được cộng)`,
  deductionNeedsCount: (code: string) => `khoản trừ ${code} cần "count" (số lần vi phạm, số nguyên ≥ 0)`,
  countInteger: (value: unknown) => `số lần phải là số nguyên không âm (nhận được ${describeValue(value)})`,
  unknownAward: (code: string) => `không có danh hiệu, hình thức khen thưởng mã "${code}" trong bộ tiêu chí`,
  duplicateVote: (award: string, unit: string, firstPath: string) =>
    `đã có số phiếu của đơn vị "${unit}" cho ${award} (tại ${firstPath})`,
  duplicateUnit: (id: string, firstPath: string) => `mã đơn vị "${id}" bị trùng (đã dùng tại ${firstPath})`,
} as const;

export const KIND_LABEL: Record<string, string> = {
  quantitative: 'tiêu chí định lượng (cần plan và actual)',
  qualitative: 'tiêu chí định tính (cần points)',
  bands: 'tiêu chí chấm theo mức (cần value)',
  rating: 'tiêu chí xếp loại (cần rating)',
  yesno: 'tiêu chí có/không (cần done)',
};
