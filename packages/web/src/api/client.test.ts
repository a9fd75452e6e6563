import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** What the download link looked like when it was clicked. */
interface ClickedLink {
  href: string;
  download: string;
}

describe('apiDownload', () => {
  const clicked: ClickedLink[] = [];
  let requests: Array<{ url: string; language: string | null }> = [];

  beforeEach(() => {
    clicked.length = 0;
    requests = [];
    // The app's i18n and the download link need a document; this is the part of it they touch.
    vi.stubGlobal('document', {
      documentElement: { lang: '' },
      body: { append: () => {} },
      createElement: () => {
        const link = { href: '', download: '', click: () => clicked.push({ ...link }), remove: () => {} };
        return link;
      },
    });
  });

  afterEach(() => {
    vi.unstubAllGlobals();
  });

  const serve = (headers: Record<string, string>, status = 200) =>
    vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
      requests.push({ url, language: new Headers(init.headers).get('accept-language') });
      return new Response(
        status === 200 ? '%PDF-1.7' : '{"code":"quote.not_found","detail":"报价单不存在"}',
        {
          status,
          headers,
        },
      );
    });

  it('names the file by the UTF-8 filename* of the answer', async () => {
    serve({
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="quote-BJ-2026-0001-v1.pdf"; filename*=UTF-8''${encodeURIComponent('报价单-BJ-2026-0001-v1.pdf')}`,
    });
    const { apiDownload } = await import('./client.ts');
    await apiDownload('/quotes/7/pdf', {});
    expect(requests).toEqual([{ url: '/api/v1/quotes/7/pdf', language: 'zh-CN' }]);
    expect(clicked).toHaveLength(1);
    expect(clicked[0]!.download).toBe('报价单-BJ-2026-0001-v1.pdf');
    expect(clicked[0]!.href).toMatch(/^blob:/);
  });

  it('falls back to the ASCII filename, then to "download"', async () => {
    const { apiDownload } = await import('./client.ts');
    serve({ 'content-disposition': 'attachment; filename="leads.xlsx"' });
    await apiDownload('/objects/lead/records/export', { format: 'xlsx' });
    serve({});
    await apiDownload('/objects/lead/records/export', { format: 'csv' });
    expect(clicked.map((link) => link.download)).toEqual(['leads.xlsx', 'download']);
    expect(requests[0]!.url).toBe('/api/v1/objects/lead/records/export?format=xlsx');
  });

  it('throws the API error and downloads nothing when the answer is not ok', async () => {
    const { apiDownload, ApiError } = await import('./client.ts');
    serve({ 'content-type': 'application/problem+json' }, 404);
    const failure = apiDownload('/quotes/999/pdf', {});
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({ status: 404, code: 'quote.not_found' });
    expect(clicked).toHaveLength(0);
  });
});
