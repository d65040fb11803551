import nodemailer from 'nodemailer';

/** One e-mail: plain text and simple HTML, UTF-8 (nodemailer encodes a Vietnamese subject as RFC 2047). */
export interface MailMessage {
  to: string;
  subject: string;
  text: string;
  html: string;
}

/** Sends e-mail through the configured SMTP server. Small on purpose: invitations and resets reuse it. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
  close(): void;
}

/** SMTP settings: `THIDUA_SMTP_URL` (`smtp://user:pass@host:port`, `smtps://…`) and `THIDUA_MAIL_FROM`. */
export interface MailConfig {
  smtpUrl: string;
  from: string;
  /** The product's address people open (`THIDUA_PUBLIC_URL`), put before every link. */
  publicUrl: string;
}

export function createMailer(config: Pick<MailConfig, 'smtpUrl' | 'from'>): Mailer {
  // One connection per message (no pool): the worker sends a few messages a minute at most.
  const url = new URL(config.smtpUrl);
  const transport = nodemailer.createTransport({
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'smtps:' ? 465 : 587,
    secure: url.protocol === 'smtps:',
    ...(url.username
      ? { auth: { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) } }
      : {}),
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 20_000,
  });
  return {
    async send(message) {
      await transport.sendMail({ ...message, from: config.from });
    },
    close() {
      transport.close();
    },
  };
}

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

/**
 * A notification as an e-mail: what happened and the link to the screen — nothing else, so a message
 * never carries what its recipient could not see in the application (no scores at all).
 */
export function notificationMail(
  to: string,
  subject: string,
  message: string,
  link: string,
  publicUrl: string,
  kind: 'notification' | 'account' = 'notification',
): MailMessage {
  const url = new URL(link, publicUrl.endsWith('/') ? publicUrl : `${publicUrl}/`).toString();
  const footer = 'Thư này do hệ thống thi đua, khen thưởng gửi tự động; vui lòng không trả lời thư.';
  // An invitation or a password reset is not a notification: no opt-out, and the link is the action.
  const optOut =
    kind === 'notification'
      ? 'Bạn có thể tắt nhận thông báo qua thư điện tử ở mục "Tài khoản" của hệ thống.'
      : '';
  const action = kind === 'notification' ? 'Xem chi tiết' : 'Đặt mật khẩu';
  return {
    to,
    subject,
    text: `${message}\n\n${action}: ${url}\n\n--\n${footer}\n${optOut ? `${optOut}\n` : ''}`,
    html:
      `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>` +
      `<body style="font-family: Arial, sans-serif; font-size: 14px">` +
      `<p>${escapeHtml(message)}</p>` +
      `<p><a href="${escapeHtml(url)}">${action}</a></p>` +
      `<hr><p style="color: #666; font-size: 12px">${escapeHtml(footer)}${optOut ? `<br>${escapeHtml(optOut)}` : ''}</p>` +
      `</body></html>`,
  };
}
