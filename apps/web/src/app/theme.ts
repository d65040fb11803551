import type { ThemeConfig } from 'antd';

export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f5fad',
    borderRadius: 6,
    // Fonts with every Vietnamese glyph on Windows, macOS, Android and Linux; nothing is downloaded.
    fontFamily:
      "'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', 'Liberation Sans', system-ui, sans-serif",
  },
};
