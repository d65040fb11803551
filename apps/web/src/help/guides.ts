/// <reference types="vite/client" />
import { marked, type Token, type Tokens } from 'marked';

// The user guides are Markdown in the repository (docs/guide/, readable on any Git host as they are), with
// the browser tests' screenshots (docs/screenshots/). The application shows the same files.
const SOURCES = import.meta.glob<string>('../../../../docs/guide/*.md', {
  query: '?raw',
  import: 'default',
  eager: true,
});
// Only the pictures the guides show are bundled (test/help-guides.test.ts checks every one resolves).
const PICTURES = import.meta.glob<string>(
  '../../../../docs/screenshots/{cham-diem,vi-sao,tham-dinh,de-nghi-khen-thuong,co-thi-dua-chinh-phu,don-vi,nhat-ky,ho-so-khen-thuong}.png',
  { query: '?url', import: 'default', eager: true },
);

/** The guides in the order the help screen lists them: the council's year from the top down. */
export const GUIDE_SLUGS = [
  'co-quan-thuong-truc',
  'cum-truong-cum-pho',
  'don-vi-thanh-vien',
  'don-vi-dau-moi',
  'thanh-vien-hoi-dong',
  'quan-tri',
] as const;
export type GuideSlug = (typeof GUIDE_SLUGS)[number];

export interface Guide {
  slug: GuideSlug;
  /** The guide's first heading ("Hướng dẫn cho …"). */
  title: string;
  markdown: string;
}

const fileName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export const GUIDES: Guide[] = GUIDE_SLUGS.map((slug) => {
  const entry = Object.entries(SOURCES).find(([path]) => fileName(path) === `${slug}.md`);
  if (!entry) throw new Error(`docs/guide/${slug}.md is missing`);
  const markdown = entry[1];
  const title = /^# (.+)$/m.exec(markdown)?.[1]?.trim() ?? slug;
  return { slug, title, markdown };
});

export const isGuideSlug = (value: string | undefined): value is GuideSlug =>
  (GUIDE_SLUGS as readonly string[]).includes(value ?? '');

/** The address of a picture a guide names (`../screenshots/x.png`), or undefined when it is not bundled. */
export function pictureUrl(href: string): string | undefined {
  return Object.entries(PICTURES).find(([path]) => fileName(path) === fileName(href))?.[1];
}

/**
 * A guide as HTML for the help screen: its headings one level down (the screen's own title is the page's
 * h1), its pictures from the bundle, links to another guide as the help screen's addresses. The Markdown
 * is the repository's own, never a user's.
 */
export function guideHtml(guide: Guide): string {
  return marked.parse(guide.markdown, {
    async: false,
    walkTokens: (token: Token) => {
      // `Token` includes marked's generic token, whose fields are untyped: each kind is named.
      if (token.type === 'heading') {
        const heading = token as Tokens.Heading;
        heading.depth = Math.min(heading.depth + 1, 6);
      } else if (token.type === 'image') {
        const image = token as Tokens.Image;
        image.href = pictureUrl(image.href) ?? image.href;
      } else if (token.type === 'link') {
        const link = token as Tokens.Link;
        const slug = /^([a-z-]+)\.md$/.exec(link.href)?.[1];
        if (isGuideSlug(slug)) link.href = `/huong-dan/${slug}`;
      }
    },
  });
}
