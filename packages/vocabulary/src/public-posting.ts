/**
 * The awards whose lists are posted publicly for at least 10 working days before the council meets
 * (Nghị định 152/2025/NĐ-CP Art. 44; SPEC §11): orders (Huân chương), State honorary titles (Luật Thi
 * đua, Khen thưởng 2022 Art. 58–69) and Chiến sĩ thi đua toàn quốc. A dossier of kind `other` is covered
 * when its award's name is one of the State honorary titles.
 */
const POSTED_KINDS: ReadonlySet<string> = new Set(['huanChuong', 'chienSiThiDuaToanQuoc']);

const STATE_HONORARY_TITLES = [
  'bà mẹ việt nam anh hùng',
  'anh hùng lực lượng vũ trang nhân dân',
  'anh hùng lao động',
  'nhà giáo nhân dân',
  'nhà giáo ưu tú',
  'thầy thuốc nhân dân',
  'thầy thuốc ưu tú',
  'nghệ sĩ nhân dân',
  'nghệ sĩ ưu tú',
  'nghệ nhân nhân dân',
  'nghệ nhân ưu tú',
  'nhà khoa học nhân dân',
  'tỉnh anh hùng',
  'thành phố anh hùng',
  'huân chương',
];

/** Whether a dossier asking for this award needs the batch's public posting (Art. 44). */
export function requiresPublicPosting(dossier: { kind: string; awardName: string | null }): boolean {
  if (POSTED_KINDS.has(dossier.kind)) return true;
  const name = dossier.awardName?.normalize('NFC').toLowerCase().trim() ?? '';
  return dossier.kind === 'other' && STATE_HONORARY_TITLES.some((title) => name.startsWith(title));
}

/** The article a refusal names. */
export const POSTING_ARTICLE = 'Điều 44 Nghị định 152/2025/NĐ-CP';

/** The comment's sender when nobody signed it. */
export const ANONYMOUS_SENDER = 'ẩn danh';
