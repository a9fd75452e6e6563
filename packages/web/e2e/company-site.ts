// A company web site on another loopback origin for the browser tests of web-to-lead forms: one landing
// page embedding whatever snippet it is given, as a customer's site would.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface CompanySite {
  url: string;
  setSnippet(html: string): void;
  close(): Promise<void>;
}

/** Serves `/landing…` (any query) with the snippet in its body; anything else is a 404. */
export function startCompanySite(): Promise<CompanySite> {
  let snippet = '';
  const server = http.createServer((request, response) => {
    if (!request.url?.startsWith('/landing')) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>星辰软件 · 预约演示</title></head>` +
        `<body><h1>预约产品演示</h1>${snippet}</body></html>`,
    );
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}`,
        setSnippet: (html) => {
          snippet = html;
        },
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
