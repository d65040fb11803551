import type { EvidenceFile } from '@thidua/db';
import type { z } from 'zod';
import type { evidenceView } from '../scoring-shared/schema';

/** An evidence file's metadata (its bytes are downloaded separately). */
export function presentEvidence(file: EvidenceFile): z.infer<typeof evidenceView> {
  return {
    id: file.id,
    entryId: file.entryId,
    originalName: file.originalName,
    sizeBytes: file.sizeBytes,
    mimeType: file.mimeType,
    sha256: file.sha256,
    uploadedBy: file.uploadedBy,
    createdAt: file.createdAt.toISOString(),
  };
}
