/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import type { Child } from 'hono/jsx';
import { jsxRenderer } from 'hono/jsx-renderer';
import type { AppEnv } from '../env.ts';

/** The portal's environment: the app's, plus the site name read once per request. */
export interface PortalEnv {
  Variables: AppEnv['Variables'] & { site: Site };
}

export interface Site {
  /** The bureau that publishes, from its latest published plan. */
  readonly name: string;
}

export const sections = {
  home: { href: '/', label: '首页' },
  items: { href: '/items', label: '抽查事项清单' },
  plans: { href: '/plans', label: '年度抽查计划' },
  draws: { href: '/draws', label: '抽取记录' },
  results: { href: '/results', label: '抽查结果公示' },
  ledger: { href: '/ledger', label: '公开台账' },
} as const;
export type Section = keyof typeof sections;

export interface PageProps {
  readonly title: string;
  /** The page's JSON twin under /api/v1/public. */
  readonly twin: string;
  readonly section?: Section;
  /** Links above the title, from the home page down. */
  readonly trail?: readonly { href: string; label: string }[];
}

declare module 'hono' {
  interface ContextRenderer {
    (content: string | Promise<string>, props: PageProps): Response | Promise<Response>;
  }
}

/** The frame of every page: no script, one stylesheet from this origin, and the page's JSON twin. */
export function Layout(props: PageProps & { site: Site; children?: Child }) {
  const { title, twin, section, trail = [], site, children } = props;
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} - ${site.name}`}</title>
        <link rel="stylesheet" href="/assets/portal.css" />
        <link rel="icon" type="image/svg+xml" href="/assets/favicon.svg" />
        <link rel="alternate" type="application/atom+xml" title="公示更新" href="/feed.atom" />
        <link rel="alternate" type="application/json" title="本页数据（JSON）" href={twin} />
      </head>
      <body>
        <a class="skip" href="#main">
          跳到正文
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/">
              <span class="brand-name">{site.name}</span>
              <span class="brand-sub">“双随机、一公开”抽查公示</span>
            </a>
            <nav aria-label="主导航">
              <ul>
                {Object.entries(sections).map(([key, link]) => (
                  <li>
                    <a href={link.href} aria-current={key === section ? 'page' : undefined}>
                      {link.label}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="main" class="wrap">
          {trail.length > 0 && (
            <nav class="trail" aria-label="位置">
              {trail.map((link) => (
                <>
                  <a href={link.href}>{link.label}</a>
                  <span aria-hidden="true"> › </span>
                </>
              ))}
            </nav>
          )}
          <h1>{title}</h1>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            <p>
              本页数据的机器可读版本（JSON）：<a href={twin}>{twin}</a>；订阅公示更新：<a href="/feed.atom">Atom 订阅</a>。
            </p>
            <p>时间均为北京时间。每一次抽取都先公布承诺，再以事后才产生的随机种子抽取；任何人都可以下载复核包离线核对。</p>
          </div>
        </footer>
      </body>
    </html>
  );
}

/** jsxRenderer with the layout: pages call c.render(content, { title, twin }). */
export const renderer = jsxRenderer<PortalEnv>(({ children, ...props }, c: Context<PortalEnv>) => (
  <Layout {...(props as unknown as PageProps)} site={c.var.site}>
    {children}
  </Layout>
));
