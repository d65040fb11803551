import type { Predicate } from '@thidua/engine';

/**
 * What Hà Nội's district guidances (Ba Đình 2022, Long Biên 2023) say in the same words, kept once so
 * the two profiles cannot drift apart where their documents agree.
 */

export const SERIOUS_VIOLATION: Predicate = {
  fact: 'seriousViolation',
  equals: true,
  label:
    'Trong năm có vụ việc tiêu cực, tham nhũng, sai phạm nghiêm trọng trong thực hiện chủ trương của Đảng, pháp luật của Nhà nước',
};

export const UNDER_INVESTIGATION: Predicate = {
  fact: 'underInvestigation',
  equals: true,
  label: 'Có dấu hiệu sai phạm, cơ quan có thẩm quyền đang xem xét, giải quyết',
};

export const PUBLIC_OUTRAGE: Predicate = {
  fact: 'publicOutrage',
  equals: true,
  label: 'Có vụ việc gây bức xúc trong dư luận',
};
