/** @jsxRuntime automatic @jsxImportSource hono/jsx */
import type { Context } from 'hono';
import { z } from 'zod';
import { Layout, type PortalEnv, type Site } from './layout.tsx';

/** A page that does not exist: what was asked for, in words a reader understands. */
export class PageNotFound extends Error {
  override readonly name = 'PageNotFound';
  constructor(readonly what: string) {
    super(what);
  }
}

const PageId = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

/** A positive id from the address, or a 404 page naming the thing that was asked for. */
export function pageId(value: string | undefined, what: string): number {
  const parsed = PageId.safeParse(value);
  if (!parsed.success || !/^\d+$/.test(value ?? '')) throw new PageNotFound(`${what}“${value ?? ''}”`);
  return parsed.data;
}

/** The Chinese 404 page, rendered without the page renderer so that it works for any path. */
export function notFoundPage(c: Context<PortalEnv>, what: string | null, site: Site) {
  return c.html(
    <Layout title="页面不存在" twin="/api/v1/public/overview" site={site}>
      <p class="empty">{what === null ? '您访问的页面不存在，可能是地址输入有误，或者该内容尚未公开。' : `没有找到${what}。它可能不存在，或者尚未公开。`}</p>
      <ul class="quick">
        <li><a href="/">返回首页</a></li>
        <li><a href="/plans">查看年度抽查工作计划</a></li>
        <li><a href="/results">查询抽查结果</a></li>
      </ul>
    </Layout>,
    404,
  );
}

/** The Chinese page for a failure on our side; details stay in the log. */
export function errorPage(c: Context<PortalEnv>, site: Site) {
  return c.html(
    <Layout title="暂时无法显示" twin="/api/v1/public/overview" site={site}>
      <p class="empty">服务器出现了问题，请稍后再试。如果问题持续，请联系发布机关，并告知请求编号 {c.var.requestId ?? ''}。</p>
    </Layout>,
    500,
  );
}
