/** The greatest common divisor of two whole numbers. */
export const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b));

/** `returned / submitted` in per cent, rounded half up to two decimals, exactly (integer arithmetic). */
export function percentOf(returned: number, submitted: number): string {
  const hundredths = (BigInt(returned) * 20000n + BigInt(submitted)) / (2n * BigInt(submitted));
  const whole = hundredths / 100n;
  const cents = hundredths % 100n;
  return cents === 0n ? String(whole) : `${whole}.${String(cents).padStart(2, '0').replace(/0$/, '')}`;
}
