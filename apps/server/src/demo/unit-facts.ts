import type { FactValue } from '@thidua/engine';
import { womenShareAtLeast70 } from '../modules/scoring-shared/derived-facts';
import { type FrameworkKey, SPECIAL_CASES } from './data/province';
import type { PeriodPlan } from './periods-plan';
import { Random } from './random';
import { partyRatingOf } from './unit-values';

export interface UnitFacts {
  facts: Record<string, FactValue>;
  /** Why a fact that matters is what it is, kept with the fact. */
  notes: Record<string, string>;
  /** Staff and women counts the unit declared, and whether the standing office confirmed them. */
  staffCount: StaffCountDraft | null;
}

export interface StaffCountDraft {
  staff: number;
  women: number;
  confirmed: boolean;
}

/** The facts the product derives from records rather than storing typed (registration, pact, …). */
export const DERIVED_IN_SEED = new Set(['registered', 'pactSigned', 'womenShare70']);

/**
 * Staff and women counts (Nghị định 152/2025 Art. 4.6): schools are mostly women, communes and wards
 * mostly men, departments in between. Last year's were all confirmed; this year a few units have not
 * declared yet and some declarations wait for the standing office.
 */
function staffCountOf(key: FrameworkKey, unit: string, period: PeriodPlan): StaffCountDraft | null {
  const rng = new Random('staff', unit, period.year);
  const staff =
    key === 'schools' ? rng.int(55, 95) : key === 'departments' ? rng.int(28, 70) : rng.int(18, 40);
  const share =
    key === 'schools'
      ? rng.between(0.6, 0.82)
      : key === 'departments'
        ? rng.between(0.4, 0.78)
        : rng.between(0.3, 0.62);
  const women = Math.round(staff * share);
  if (period.edition === 'last') return { staff, women, confirmed: true };
  const roll = rng.next();
  if (roll < 0.15) return null;
  return { staff, women, confirmed: roll > 0.45 };
}

/**
 * The facts eligibility reads (SPEC §7). A closed year has every fact its block's rules name, so no
 * unit is missing one; this year none is typed yet. Registration and the signed pact are not typed at
 * all: the product derives them from its registration and pact records, and womenShare70 from the staff
 * counts (it is in `facts` so the seed's own evaluation reads what the server derives).
 */
export function factsOf(key: FrameworkKey, unit: string, strength: number, period: PeriodPlan): UnitFacts {
  const staffCount = staffCountOf(key, unit, period);
  const womenShare70: Record<string, FactValue> =
    staffCount && staffCount.staff > 0
      ? { womenShare70: womenShareAtLeast70(staffCount.women, staffCount.staff) }
      : {};
  if (period.edition === 'current') return { facts: { ...womenShare70 }, notes: {}, staffCount };
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
        ...womenShare70,
      },
      notes,
      staffCount,
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
      ...womenShare70,
    },
    notes,
    staffCount,
  };
}
