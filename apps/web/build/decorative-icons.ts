import type { Plugin } from 'vite';

const ANTD_ICON = /@ant-design[\\/]icons[\\/](es|lib)[\\/]components[\\/]AntdIcon(Light)?\.js$/;
const NAMED = '"aria-label": icon.name';
const DECORATIVE =
  '"aria-hidden": restProps["aria-label"] === undefined && restProps["aria-labelledby"] === undefined ? true : undefined';

/**
 * antd's icons name themselves in English (`<span role="img" aria-label="plus">`), so a button reads
 * "plus Thêm đơn vị" and a screen reader speaks English names of pictures between Vietnamese words.
 * Every icon here stands beside its text or inside a control named in Vietnamese: an icon is decorative
 * (hidden from assistive technology) unless it is given its own Vietnamese `aria-label`.
 * Fails the build when the icon library changes shape, rather than silently losing the fix.
 */
export function decorativeIcons(): Plugin {
  return {
    name: 'thidua:decorative-icons',
    transform: {
      filter: { id: ANTD_ICON },
      handler(code, id) {
        if (!ANTD_ICON.test(id)) return null;
        if (!code.includes(NAMED)) this.error(`${id}: the icon no longer sets ${NAMED}; revisit this plugin`);
        return { code: code.replace(NAMED, DECORATIVE), map: null };
      },
    },
  };
}
