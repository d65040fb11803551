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

/** Which proposals a tờ trình (and its list) covers. */
export const awardProposalQuery = z.object({
  level: z
    .enum(['cluster', 'council'], { error: 'Cấp đề nghị phải là cluster hoặc council' })
    .default('cluster')
    .describe('cluster: đề nghị của các cụm, khối (mặc định); council: đề nghị của Hội đồng (cấp Nhà nước)'),
  awardCode: z.string().trim().min(1).max(40).optional().describe('Chỉ một hình thức khen thưởng'),
  clusterId: z.uuid({ error: 'Mã cụm, khối không hợp lệ' }).optional().describe('Chỉ một cụm, khối'),
});
