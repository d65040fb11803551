import type { Ruleset } from '@thidua/engine';

/**
 * Kinds of unit a profile is meant for (SPEC §3). Codes are ASCII kebab-case; the labels are what the
 * UI shows.
 */
export const UNIT_TYPES = {
  'phuong-xa': 'Phường, xã, thị trấn',
  'quan-huyen': 'Huyện, thành phố (cấp huyện)',
  'phong-ban': 'Phòng, ban, ngành',
  'so-ban-nganh': 'Sở, ban, ngành cấp tỉnh',
  'mttq-doan-the': 'Mặt trận Tổ quốc, đoàn thể chính trị - xã hội',
  'co-quan-dang': 'Cơ quan tham mưu, giúp việc của cấp ủy',
  hoi: 'Tổ chức hội',
  'don-vi-su-nghiep': 'Đơn vị sự nghiệp, ban quản lý dự án',
  'truong-hoc': 'Trường học (mầm non, tiểu học, THCS), trung tâm GDNN-GDTX',
  'truong-chuyen-nghiep': 'Trường cao đẳng, trường chuyên nghiệp',
  'doanh-nghiep': 'Doanh nghiệp',
  'hop-tac-xa': 'Hợp tác xã',
} as const;

export type UnitType = keyof typeof UNIT_TYPES;

/** The stages of the yearly cycle that carry a dated deadline (SPEC §4). */
export type DeadlineStage = 'criteria' | 'registration' | 'midYear' | 'preparatory' | 'summary';

/**
 * A default deadline taken from the source document: a day of the year (the period's year for a
 * calendar-year period; for a school year the month says which of its two calendar years).
 */
export interface ProfileDeadline {
  stage: DeadlineStage;
  month: number;
  day: number;
  /** The document's own wording ("trước ngày 30/7", "trong tháng 02"), in Vietnamese. */
  note?: string;
}

/** A default deadline with the document's own wording. */
export function deadline(stage: DeadlineStage, month: number, day: number, note: string): ProfileDeadline {
  return { stage, month, day, note };
}

/** A built-in rule profile (SPEC §9): a ruleset template with where it comes from and its defaults. */
export interface Profile {
  /** Stable kebab-case ASCII identifier, e.g. `ba-dinh-2022-phuong`. */
  id: string;
  /** Vietnamese display name. */
  name: string;
  /**
   * Vietnamese: what the profile covers, its source document, and every decision taken where the
   * document is silent or unclear.
   */
  description: string;
  source: {
    document: string;
    issuer: string;
    /** ISO 8601: `YYYY-MM-DD`, or `YYYY-MM` when the document leaves the day blank. */
    date: string;
  };
  unitTypes: UnitType[];
  /** Calendar year (administrative units) or school year September–August (schools). */
  calendar: 'calendar' | 'school';
  deadlines: ProfileDeadline[];
  ruleset: Ruleset;
}
