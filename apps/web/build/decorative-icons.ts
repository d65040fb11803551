import type { Plugin } from 'vite';

interface Patch {
  /** The module, by its path under node_modules. */
  id: RegExp;
  from: string;
  to: string;
}

const ICON = '"aria-label": icon.name';
const PAGE_BUTTON = (which: 'prev' | 'next') =>
  `const ${which}Icon = /*#__PURE__*/React.createElement("button", {`;

const PATCHES: Patch[] = [
  // antd's icons name themselves in English (`<span role="img" aria-label="plus">`), so a button reads
  // "plus Thêm đơn vị" and a screen reader speaks English names of pictures between Vietnamese words.
  // Every icon here stands beside its text or inside a control named in Vietnamese: an icon is
  // decorative (hidden from assistive technology) unless it is given its own Vietnamese `aria-label`.
  {
    id: /@ant-design[\\/]icons[\\/]es[\\/]components[\\/]AntdIcon(Light)?\.js$/,
    from: ICON,
    to: '"aria-hidden": restProps["aria-label"] === undefined && restProps["aria-labelledby"] === undefined ? true : undefined',
  },
  // The pagination's previous/next buttons had only that English icon name: they take the locale's
  // Vietnamese one ("Trang Trước", "Trang Kế"), which their list item already shows as a tooltip.
  ...(['prev', 'next'] as const).map((which) => ({
    id: /antd[\\/]es[\\/]pagination[\\/]Pagination\.js$/,
    from: PAGE_BUTTON(which),
    to: `${PAGE_BUTTON(which)}\n      "aria-label": locale.${which}_page,`,
  })),
];

/**
 * Accessibility fixes inside antd that its props cannot reach (README, "Accessibility"). Each patch
 * fails the build when its text is no longer there, so an upgrade cannot silently lose it.
 */
export function decorativeIcons(): Plugin {
  return {
    name: 'thidua:antd-accessibility',
    transform: {
      filter: { id: /(@ant-design[\\/]icons|antd[\\/]es[\\/]pagination)[\\/]/ },
      handler(code, id) {
        const patches = PATCHES.filter((p) => p.id.test(id));
        if (patches.length === 0) return null;
        let patched = code;
        for (const patch of patches) {
          if (!patched.includes(patch.from))
            this.error(`${id}: "${patch.from}" not found; revisit this patch`);
          patched = patched.replace(patch.from, patch.to);
        }
        return { code: patched, map: null };
      },
    },
  };
}
