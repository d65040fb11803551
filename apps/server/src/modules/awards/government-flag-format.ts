/** Numbers in the Government-flag refusals, the Vietnamese way. */
const percent = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const whole = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** `11 of 15` → `73,33%`. */
export function formatPercent(part: number, total: number): string {
  return `${percent.format((part * 100) / total)}%`;
}

export function formatCount(n: number): string {
  return whole.format(n);
}
