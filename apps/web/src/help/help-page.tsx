import { Card, Flex, Menu } from 'antd';
import { useMemo, type MouseEvent } from 'react';
import { Link, Navigate, useNavigate, useParams } from 'react-router';
import { capitalise } from '../api/field-paths';
import { usePageTitle } from '../app/page-title';
import { PageHeader } from '../shared/page-header';
import { GUIDES, guideHtml, isGuideSlug } from './guides';
import { useOwnGuide } from './own-guide';

const t = {
  pageTitle: 'Hướng dẫn sử dụng',
  subtitle: 'Việc của từng vai trò trong năm thi đua, từng bước, với hình màn hình.',
  list: 'Các hướng dẫn',
};

/**
 * "Hướng dẫn sử dụng": the guide of each role (docs/guide/*.md), the user's own opened first; the list of
 * the others beside it (above it on a phone).
 */
function HelpPage() {
  usePageTitle(t.pageTitle);
  const own = useOwnGuide();
  const { guide: asked } = useParams();
  const navigate = useNavigate();
  const guide = GUIDES.find((g) => g.slug === asked);
  const html = useMemo(() => (guide ? guideHtml(guide) : ''), [guide]);
  if (!isGuideSlug(asked) || !guide) return <Navigate to={`/huong-dan/${own}`} replace />;

  // A link to another guide opens in place, not as a new page load.
  const followGuideLink = (event: MouseEvent<HTMLDivElement>) => {
    const link = (event.target as HTMLElement).closest('a');
    const href = link?.getAttribute('href');
    if (href?.startsWith('/huong-dan/')) {
      event.preventDefault();
      void navigate(href);
    }
  };

  return (
    <>
      <PageHeader title={t.pageTitle} subtitle={t.subtitle} wrapTitle={false} />
      <Flex gap={16} wrap align="flex-start">
        <Card className="page-card help-list" size="small">
          <nav aria-label={t.list}>
            <Menu
              mode="inline"
              selectedKeys={[guide.slug]}
              style={{ borderInlineEnd: 'none' }}
              items={GUIDES.map((g) => ({
                key: g.slug,
                label: (
                  <Link to={`/huong-dan/${g.slug}`} aria-current={g.slug === guide.slug ? 'page' : undefined}>
                    {capitalise(g.title.replace(/^Hướng dẫn cho /, ''))}
                  </Link>
                ),
              }))}
            />
          </nav>
        </Card>
        <Card className="page-card help-guide">
          {/* The repository's own Markdown (docs/guide), rendered by marked: no user text reaches it. */}
          <div className="guide" onClick={followGuideLink} dangerouslySetInnerHTML={{ __html: html }} />
        </Card>
      </Flex>
    </>
  );
}

export { HelpPage as Component };
