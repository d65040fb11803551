import { SIGNING_AUTHORITIES } from '@thidua/vocabulary';
import { z } from 'zod';
import { optionalText, secret, text, versionQuery, whole } from './primitives';

// What the council's documents are headed and signed with (the letterhead settings): what the server's
// routes take and answer, the web's settings screen and the e2e specs read.

export const letterheadParams = z.object({ councilId: z.uuid({ error: 'Mã hội đồng không hợp lệ' }) });

/** A symbol abbreviation: upper-case letters (Vietnamese too), digits and hyphens (`HĐTĐKT`, `SNV`). */
const symbol = text(30).regex(/^[A-ZĐ0-9][A-ZĐ0-9-]*$/u, {
  error: 'chỉ gồm chữ in hoa, chữ số và dấu gạch ngang (ví dụ HĐTĐKT)',
});

const provincialReportForm = z.object({
  title: text(200),
  sections: z.array(text(300)).min(1, { error: 'cần ít nhất một mục' }).max(30),
});

/** The letterhead settings a standing office or an administrator saves (all fields, every time). */
export const letterheadFields = z.object({
  parentBody: optionalText(200).describe('Cơ quan chủ quản (để trống nếu không có)'),
  issuingBody: text(200).describe('Cơ quan ban hành: Hội đồng Thi đua - Khen thưởng …'),
  placeName: text(60).describe('Địa danh ghi ở dòng ngày tháng'),
  councilSymbol: symbol.describe('Chữ viết tắt của Hội đồng trong ký hiệu văn bản'),
  standingOffice: text(200).describe('Cơ quan thường trực Hội đồng'),
  standingOfficeSymbol: symbol.describe('Chữ viết tắt của cơ quan thường trực'),
  signingAuthority: z
    .enum(SIGNING_AUTHORITIES, { error: 'Thẩm quyền ký phải là TM, KT, TL hoặc TUQ' })
    .describe('TM. (Chủ tịch ký), KT. (Phó Chủ tịch ký thay), TL., TUQ. (người được giao ký)'),
  chairTitle: text(100),
  chairName: optionalText(100),
  deputyTitle: text(100),
  deputyName: optionalText(100),
  delegateTitle: optionalText(100),
  delegateName: optionalText(100),
  recipients: z.array(text(200)).max(20, { error: 'nhiều nhất 20 nơi nhận' }),
  provincialReportForm: provincialReportForm.nullable(),
});

export const letterheadBody = letterheadFields
  .extend({
    version: whole(0).describe(
      'Phiên bản đang sửa (0 khi hội đồng chưa có thiết lập riêng); sai phiên bản → 409',
    ),
  })
  .superRefine((value, ctx) => {
    if ((value.signingAuthority === 'TL' || value.signingAuthority === 'TUQ') && !value.delegateTitle)
      ctx.addIssue({
        code: 'custom',
        path: ['delegateTitle'],
        message: 'cần chức vụ của người ký khi ký thừa lệnh (TL.) hoặc thừa ủy quyền (TUQ.)',
      });
  });

export const letterheadView = letterheadFields.extend({
  councilId: z.string(),
  /** False while the council has no settings of its own (what is shown are the defaults). */
  saved: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});

export type LetterheadFields = z.infer<typeof letterheadFields>;
export type LetterheadView = z.infer<typeof letterheadView>;
export type LetterheadBody = z.input<typeof letterheadBody>;

// The council's own signing certificate (PKCS#12), of which only its holder and dates are shown.

/** A .p12/.pfx file is a few kilobytes; this leaves room for long chains. */
const MAX_P12_BASE64 = 200_000;

/** The council's own PKCS#12 certificate, as its standing office or administrator uploads it. */
export const signingCertificateBody = z.object({
  p12: z
    .base64({ error: 'phải là nội dung tệp .p12 hoặc .pfx mã hóa base64' })
    .min(1)
    .max(MAX_P12_BASE64)
    .describe('Nội dung tệp chứng thư số PKCS#12 (.p12, .pfx), mã hóa base64'),
  passphrase: secret(1000).describe(
    'Mật khẩu của tệp chứng thư số (không bao giờ được trả lại hay ghi nhật ký)',
  ),
  version: whole(0).describe(
    'Phiên bản đang thay (0 khi Hội đồng chưa có chứng thư số riêng); sai phiên bản → 409',
  ),
});

export const signingCertificateDeleteQuery = z.object({
  version: versionQuery,
  reason: optionalText(2000).optional().describe('Lý do gỡ (ghi vào nhật ký)'),
});

/** What may be shown of the certificate: never the file or its password. */
export const signingCertificateView = z.object({
  councilId: z.string(),
  /** The council has uploaded its own certificate. */
  configured: z.boolean(),
  holder: z.string().nullable(),
  fingerprint: z.string().nullable(),
  validFrom: z.string().nullable(),
  validTo: z.string().nullable(),
  uploadedAt: z.string().nullable(),
  uploadedBy: z.string().nullable().describe('Tên người tải lên'),
  /** Without its own, the council's PDFs are signed with the deployment's certificate (THIDUA_SIGN_P12) if any. */
  deploymentSigns: z.boolean(),
  version: z.number().int(),
  abilities: z.object({ update: z.boolean() }),
});
export type SigningCertificateView = z.infer<typeof signingCertificateView>;
