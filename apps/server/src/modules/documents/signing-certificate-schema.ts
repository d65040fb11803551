import { z } from 'zod';
import { optionalText, secret, versionQuery, whole } from '../../http/schemas';

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
