import type { Dossier, DossierBatch } from '@thidua/db';
import {
  countWorkingDays,
  nthWorkingDay,
  POSTING_ARTICLE,
  POSTING_MIN_WORKING_DAYS,
  requiresPublicPosting,
} from '@thidua/vocabulary';
import { AppError, type FieldError } from '../../http/errors';
import { vietnameseDate } from '../../kernel/dates';

type Posting = Partial<Pick<DossierBatch, 'postingStartsOn' | 'postingEndsOn' | 'postingPlace'>>;

/**
 * A batch's public posting (Art. 44) is all three of first day, last day and place, or none; it lasts at
 * least 10 working days, the first day included when it is a working day. The refusal of a short
 * posting says the earliest valid last day.
 */
export function postingErrors(posting: Posting): FieldError[] {
  const { postingStartsOn: start, postingEndsOn: end, postingPlace: place } = posting;
  const given = [start, end, place].filter((v) => v !== null && v !== undefined).length;
  if (given === 0) return [];
  const errors: FieldError[] = [];
  if (!start) errors.push({ path: 'body.postingStartsOn', message: 'cần ngày bắt đầu công khai' });
  if (!end) errors.push({ path: 'body.postingEndsOn', message: 'cần ngày kết thúc công khai' });
  if (!place) errors.push({ path: 'body.postingPlace', message: 'cần ghi hình thức, nơi công khai' });
  if (start && end && countWorkingDays(start, end) < POSTING_MIN_WORKING_DAYS) {
    const earliest = nthWorkingDay(start, POSTING_MIN_WORKING_DAYS);
    errors.push({
      path: 'body.postingEndsOn',
      message:
        `phải công khai ít nhất ${POSTING_MIN_WORKING_DAYS} ngày làm việc (${POSTING_ARTICLE}): ` +
        `ngày kết thúc sớm nhất là ${vietnameseDate(earliest)}`,
    });
  }
  return errors;
}

/** The working days of the recorded posting, or null when none is recorded. */
export function postingWorkingDays(batch: Posting): number | null {
  return batch.postingStartsOn && batch.postingEndsOn
    ? countWorkingDays(batch.postingStartsOn, batch.postingEndsOn)
    : null;
}

/**
 * A dossier asking for an award that Art. 44 covers is approved only after the batch's posting has
 * ended: the posting is recorded and its last day is before the appraisal's date.
 */
export function assertPostingEnded(
  batch: DossierBatch,
  dossier: Pick<Dossier, 'kind' | 'awardName' | 'candidateName'>,
  appraisedOn: string,
): void {
  if (!requiresPublicPosting(dossier)) return;
  const ends = batch.postingEndsOn;
  if (ends && ends < appraisedOn) return;
  const why = ends
    ? `đợt công khai kết thúc ngày ${vietnameseDate(ends)}, chỉ thẩm định đạt từ ngày hôm sau`
    : `đợt xét "${batch.name}" chưa ghi việc công khai danh sách`;
  throw new AppError(
    'POSTING_NOT_ENDED',
    `Hồ sơ của ${dossier.candidateName} đề nghị hình thức phải công khai danh sách ít nhất ` +
      `${POSTING_MIN_WORKING_DAYS} ngày làm việc trước khi xét (${POSTING_ARTICLE}): ${why}`,
    [{ path: 'body.outcome', message: why }],
  );
}
