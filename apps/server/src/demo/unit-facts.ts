import type { FactValue } from '@thidua/engine';
import { type FrameworkKey, SPECIAL_CASES } from './data/province';
import type { PeriodPlan } from './periods-plan';
import { partyRatingOf } from './unit-values';

export interface UnitFacts {
  facts: Record<string, FactValue>;
  /** Why a fact that matters is what it is, kept with the fact. */
  notes: Record<string, string>;
}

/**
 * The facts eligibility reads (SPEC §7). A closed year has every fact its block's rules name, so no
 * unit is missing one; this year only what is already known: registration and the signed pact.
 */
export function factsOf(key: FrameworkKey, unit: string, strength: number, period: PeriodPlan): UnitFacts {
  if (period.edition === 'current') return { facts: { pactSigned: true }, notes: {} };
  const notes: Record<string, string> = {};
  const partyRating = partyRatingOf(strength, key === 'schools' ? 'HTTNV' : 'HTNV');
  if (key === 'schools') {
    const outrage = unit === SPECIAL_CASES.downgraded;
    if (outrage) {
      notes.publicOutrage = `Vụ việc học sinh bị bạo lực học đường tháng 3/${period.year + 1} được báo chí phản ánh, gây bức xúc trong dư luận`;
    }
    return {
      facts: {
        partyRating,
        seriousViolation: false,
        underInvestigation: false,
        deepSelfCriticism: false,
        publicOutrage: outrage,
      },
      notes,
    };
  }
  const secure = unit !== SPECIAL_CASES.excluded;
  const complaint = unit === SPECIAL_CASES.postponed;
  if (!secure) {
    notes.securityStandard = `Trên địa bàn xảy ra vụ việc gây rối trật tự công cộng phức tạp tháng 8/${period.year}; Công an tỉnh xác nhận không đạt tiêu chuẩn "An toàn về an ninh trật tự"`;
  }
  if (complaint) {
    notes.pendingComplaint = 'Đơn tố cáo người đứng đầu đang được Thanh tra tỉnh xác minh, chưa có kết luận';
  }
  return {
    facts: {
      partyRating,
      registered: true,
      pactSigned: true,
      reportsSubmitted: true,
      headRating: strength > 0.7 ? 'HTXSNV' : 'HTTNV',
      securityStandard: secure,
      securityMovementRating: secure ? 'TOT' : 'TRUNG_BINH',
      cultureStandard: true,
      cultureMovementRating: 'TOT',
      seriousViolation: false,
      obligationsUnfulfilled: false,
      underInvestigation: false,
      pendingComplaint: complaint,
    },
    notes,
  };
}
