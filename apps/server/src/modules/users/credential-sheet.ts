import { type Block, heading, type OfficialDocument, para, renderPdf, runs } from '@thidua/documents';
import { pdfFonts } from '../documents/fonts';
import type { Letterhead } from '../documents/letterhead';
import type { CreatedAccount } from './bulk-accounts';

// The printable credential sheet of accounts made in bulk: one page per unit, to hand over or send in a
// sealed envelope. It carries temporary passwords, so it is made only in the answer that created them
// and never stored or recorded (the accounts' creation is what the audit log keeps).

export function credentialSheet(
  letterhead: Letterhead,
  accounts: readonly CreatedAccount[],
  address: string,
  today: Date,
): OfficialDocument {
  const body: Block[] = [];
  accounts.forEach((account, i) => {
    if (i > 0) body.push({ kind: 'pageBreak' });
    body.push(
      heading(account.unitName, 2),
      para('Đơn vị được cấp tài khoản sử dụng phần mềm quản lý thi đua, khen thưởng như sau:'),
      runs([{ text: 'Địa chỉ truy cập: ' }, { text: address, bold: true }]),
      runs([{ text: 'Tên đăng nhập: ' }, { text: account.username, bold: true }]),
      runs([{ text: 'Mật khẩu tạm thời: ' }, { text: account.temporaryPassword, bold: true }]),
      para(
        'Ở lần đăng nhập đầu tiên, phần mềm yêu cầu đổi mật khẩu tạm thời thành mật khẩu riêng (ít nhất 10 ký ' +
          'tự, gồm chữ và số). Đề nghị đơn vị giữ bí mật mật khẩu, không chia sẻ tài khoản; khi quên mật khẩu, ' +
          'liên hệ cơ quan thường trực Hội đồng để được cấp lại.',
      ),
      runs([
        {
          text: `Phiếu này in một lần duy nhất (${accounts.length} đơn vị); mật khẩu tạm thời không được lưu lại ở đâu khác.`,
          italic: true,
        },
      ]),
    );
  });
  return {
    title: 'Phiếu cấp tài khoản sử dụng phần mềm thi đua, khen thưởng',
    orientation: 'portrait',
    header: {
      parentBody: letterhead.parentBody || undefined,
      issuingBody: letterhead.issuingBody,
      place: letterhead.placeName,
      date: { year: today.getFullYear(), month: today.getMonth() + 1, day: today.getDate() },
    },
    documentType: 'PHIẾU CẤP TÀI KHOẢN',
    summary: ['Sử dụng phần mềm quản lý thi đua, khen thưởng'],
    body,
    signatures: [],
    recipients: [],
  };
}

export async function credentialSheetPdf(document: OfficialDocument): Promise<Buffer> {
  return Buffer.from(
    await renderPdf(document, { fonts: await pdfFonts(), author: document.header.issuingBody }),
  );
}
