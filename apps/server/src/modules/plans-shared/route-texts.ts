import { z } from 'zod';

/** Texts the §11 modules' route descriptions share. */
export const SO_ONLY = 'Chỉ cơ quan thường trực Hội đồng.';
export const BY_ADDRESS = 'Tham số `version` (và `reason`) trên địa chỉ.';
export const deleted = () => ({ 204: z.null().describe('Đã xóa') });
