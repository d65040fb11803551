import { z } from 'zod';

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const formatQuery = z.object({
  format: z
    .enum(DOCUMENT_FORMATS, { error: 'Định dạng văn bản phải là pdf hoặc docx' })
    .default('pdf')
    .describe('pdf (mặc định) hoặc docx (Word)'),
});

export const clusterParams = z.object({ clusterId: z.uuid({ error: 'Mã cụm, khối không hợp lệ' }) });

/** The binary body of a document, for the OpenAPI document. */
export const documentResponse = z.any().describe('Tệp văn bản (.pdf hoặc .docx), tải về dạng đính kèm');

export const DOCUMENT_PRODUCES = [
  'application/pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
];
