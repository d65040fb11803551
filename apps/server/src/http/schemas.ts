import { z } from 'zod';

// The shared input primitives live in @thidua/contracts (browser-safe, with the module schemas).
export * from '@thidua/contracts/primitives';

/** The answer of a deletion (204): nothing. */
export const deleted = z.null().describe('Đã xóa');
/** The answer of a removal (204) of something attached: nothing. */
export const removed = z.null().describe('Đã gỡ');
