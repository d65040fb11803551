import { z } from 'zod';

// The document downloads' queries and parameters (a PDF or a Word file of each printed document): what
// the server's routes take, the web's download buttons send.

export const DOCUMENT_FORMATS = ['pdf', 'docx'] as const;
export type DocumentFormat = (typeof DOCUMENT_FORMATS)[number];

export const formatQuery = z.object({
  format: z
    .enum(DOCUMENT_FORMATS, { error: 'Định dạng văn bản phải là pdf hoặc docx' })
    .default('pdf')
    .describe('pdf (mặc định) hoặc docx (Word)'),
});

export const clusterParams = z.object({ clusterId: z.uuid({ error: 'Mã cụm, khối không hợp lệ' }) });

export const clusterUnitParams = clusterParams.extend({
  unitId: z.uuid({ error: 'Mã đơn vị không hợp lệ' }),
});

export const criteriaVersionParams = z.object({
  versionId: z.uuid({ error: 'Mã phiên bản bộ tiêu chí không hợp lệ' }),
});

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

/** The state-level package by default (Art. 33.12 is about dossiers sent to the central level). */
export const dossierPackageQuery = awardProposalQuery.extend({
  level: z
    .enum(['cluster', 'council'], { error: 'Cấp đề nghị phải là cluster hoặc council' })
    .default('council')
    .describe('council: đề nghị cấp Nhà nước của Hội đồng (mặc định); cluster: đề nghị của các cụm, khối'),
});

export const councilReportQuery = z.object({
  kind: z
    .enum(['midyear', 'annual'], { error: 'Loại báo cáo phải là midyear hoặc annual' })
    .default('annual')
    .describe('midyear: sơ kết 6 tháng; annual: tổng kết năm (mặc định)'),
});

export type FormatQuery = z.input<typeof formatQuery>;
export type AwardProposalQuery = z.input<typeof awardProposalQuery>;
export type DossierPackageQuery = z.input<typeof dossierPackageQuery>;
export type CouncilReportQuery = z.input<typeof councilReportQuery>;
