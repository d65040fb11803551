import { z } from 'zod';
import { pageQuery } from '../../http/pagination';

// Request and response shapes of evidence files.

export const evidenceParams = z.object({ fileId: z.uuid() });

/** The evidence list is paginated. */
export const evidenceListQuery = pageQuery;

/** An evidence file's metadata as the API returns it. */
export const evidenceView = z.object({
  id: z.string(),
  entryId: z.string(),
  originalName: z.string(),
  sizeBytes: z.number().int(),
  mimeType: z.string(),
  sha256: z.string(),
  uploadedBy: z.string().nullable(),
  createdAt: z.string(),
});
