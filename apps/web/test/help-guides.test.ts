import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GUIDE_SLUGS, GUIDES, guideHtml, pictureUrl } from '../src/help/guides';

const DOCS = join(import.meta.dirname, '..', '..', '..', 'docs');

describe('the user guides (docs/guide)', () => {
  it('are every Markdown file of docs/guide, each headed "Hướng dẫn cho …"', () => {
    const files = readdirSync(join(DOCS, 'guide')).filter((name) => name.endsWith('.md'));
    expect(files.map((name) => name.replace(/\.md$/, '')).sort()).toEqual([...GUIDE_SLUGS].sort());
    for (const guide of GUIDES) expect(guide.title).toMatch(/^Hướng dẫn cho /);
  });

  it('show only pictures that exist and are bundled with the application', () => {
    for (const guide of GUIDES) {
      for (const [, href] of guide.markdown.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
        expect(existsSync(join(DOCS, 'guide', href!)), `${guide.slug}: ${href}`).toBe(true);
        expect(pictureUrl(href!), `${guide.slug}: ${href} is not in PICTURES`).toBeDefined();
      }
    }
  });

  it('render with the screen’s own title as the only h1, pictures from the bundle, guides linked in place', () => {
    const leader = GUIDES.find((g) => g.slug === 'cum-truong-cum-pho')!;
    const html = guideHtml(leader);
    expect(html).not.toContain('<h1');
    expect(html).toContain('<h2>Hướng dẫn cho cụm trưởng, cụm phó</h2>');
    expect(html).toContain('<h3>Thẩm định điểm</h3>');
    expect(html).toContain('href="/huong-dan/don-vi-thanh-vien"');
    expect(html).not.toContain('../screenshots/');
    expect(html).toMatch(/<img src="[^"]*tham-dinh[^"]*\.png" alt="Thẩm định"/);
  });
});
