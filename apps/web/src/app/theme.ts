import type { ThemeConfig } from 'antd';

/**
 * The colours are chosen for WCAG 2.1 AA (README, "Accessibility"): every text colour reaches 4.5:1 on
 * the backgrounds it is drawn on — white cards, the grey page and the light tints of tags and alerts.
 * antd's defaults do not: its secondary text (45 % black), status colours (#52c41a, #faad14, #ff4d4f)
 * and the 7th shade of its preset palettes, which coloured tags use as text, fall to 1.8–3.4:1 (those
 * are not theme tokens: styles.css darkens the tags' text).
 */
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fad',
    // antd lightens a hovered primary button to 4.4:1 under white text; this stays above 5:1.
    colorPrimaryHover: '#2b6cb8',
    colorLinkHover: '#2b6cb8',
    colorInfo: '#1f5fad',
    colorLink: '#1f5fad',
    colorSuccess: '#237804',
    colorWarning: '#8a5300',
    colorError: '#c41d1d',
    // Darker seeds would grey their tints: alerts and tags keep antd's light backgrounds.
    colorSuccessBg: '#f6ffed',
    colorSuccessBgHover: '#d9f7be',
    colorSuccessBorder: '#b7eb8f',
    colorWarningBg: '#fffbe6',
    colorWarningBgHover: '#fff1b8',
    colorWarningBorder: '#ffe58f',
    colorInfoBg: '#e6f4ff',
    colorInfoBgHover: '#bae0ff',
    colorInfoBorder: '#91caff',
    colorErrorBg: '#fff2f0',
    colorErrorBorder: '#ffccc7',
    // Hints, meta lines and `type="secondary"` text (antd: 45 % black, 3.4:1 on white).
    colorTextSecondary: 'rgba(0, 0, 0, 0.68)',
    colorTextTertiary: 'rgba(0, 0, 0, 0.62)',
    colorTextDescription: 'rgba(0, 0, 0, 0.62)',
    // A disabled field that still shows a value (a read-only criterion, a closed period) stays readable:
    // 4.5:1 on antd's disabled grey (#f5f5f5); the grey background and the cursor say it is disabled.
    colorTextDisabled: 'rgba(0, 0, 0, 0.58)',
    colorTextPlaceholder: 'rgba(0, 0, 0, 0.58)',
    borderRadius: 6,
    // Fonts with every Vietnamese glyph on Windows, macOS, Android and Linux; nothing is downloaded.
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', system-ui, sans-serif",
  },
};
