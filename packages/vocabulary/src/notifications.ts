// What a user is told in the notification centre and by e-mail (issue #14 §5), with the Vietnamese names
// the bell's list and the e-mail's subject use.

export const NOTIFICATION_KINDS = [
  'objectionRaised',
  'reviewChanged',
  'dossierReturned',
  'deadlineSoon',
  'deadlineMissed',
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export const NOTIFICATION_KIND_NAMES: Record<NotificationKind, string> = {
  objectionRaised: 'Ý kiến mới về bảng điểm',
  reviewChanged: 'Điểm thẩm định thay đổi',
  dossierReturned: 'Hồ sơ bị trả lại',
  deadlineSoon: 'Sắp đến hạn',
  deadlineMissed: 'Đã quá hạn',
};
