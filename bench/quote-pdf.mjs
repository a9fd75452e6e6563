// Quote PDF rendering: N quotes of 20 lines each with the embedded CJK font, one after the other in one
// process (after one warm-up render that parses the font). Prints the median ms per PDF and PDFs/s.
//
//   node bench/quote-pdf.mjs [--pdfs 50] [--lines 20] [--out sample.pdf]
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { median, report } from './lib/report.mjs';
import { loadServerModules } from './lib/server-modules.mjs';

/** The renderer, from the server's TypeScript sources. */
function loadRenderer() {
  return loadServerModules('quote-pdf', [
    "export { loadConfig } from './src/config.ts';",
    "export { renderQuotePdf } from './src/sales/quote/pdf/render-quote-pdf.ts';",
  ]);
}

const PRODUCTS = [
  '领航 CRM 专业版（年度订阅）',
  '实施与数据迁移服务',
  '现场培训（2 天）',
  '私有化部署支持包',
  'API 集成开发',
];

/** A realistic quote: varied products, quantities, discounts and tax rates. */
function sampleQuote(number, lineCount) {
  return {
    language: 'zh-CN',
    company: { name: '上海领航软件有限公司', address: '上海市浦东新区张江路 88 号', phone: '021-5088 8888' },
    number: `BJ-2026-${String(number).padStart(4, '0')}`,
    version: 1,
    date: '2026-11-26',
    validUntil: '2026-12-26',
    customer: { name: '杭州西湖精密机械股份有限公司', contactName: '王建国', phone: '0571-8765 4321' },
    preparedBy: '李娜',
    lines: Array.from({ length: lineCount }, (_, index) => ({
      productName: PRODUCTS[index % PRODUCTS.length],
      spec: `LS-${100 + index}`,
      unit: index % 2 ? '人天' : '套',
      quantity: String(1 + (index % 7)),
      unitPrice: `${(index * 997) % 50_000}.${String(index % 100).padStart(2, '0')}`,
      discountPercent: `${index % 4}.5`,
      taxPercent: index % 3 ? '13' : '6',
    })),
    terms: ['报价有效期 30 天。', '付款方式：合同签订后预付 30%，验收后支付 70%。', '以上价格含税，含运费。'],
  };
}

const { values } = parseArgs({
  options: {
    pdfs: { type: 'string', default: '50' },
    lines: { type: 'string', default: '20' },
    out: { type: 'string' },
  },
});
const count = Number(values.pdfs);
const lineCount = Number(values.lines);

const { loadConfig, renderQuotePdf } = await loadRenderer();
const config = loadConfig();
const font = { path: config.pdfFontPath, face: config.pdfFontFace };

let started = performance.now();
const first = await renderQuotePdf(sampleQuote(0, lineCount), font);
const firstMs = performance.now() - started;
if (values.out) fs.writeFileSync(values.out, first);

const times = [];
let bytes = 0;
const all = performance.now();
for (let index = 1; index <= count; index += 1) {
  started = performance.now();
  const pdf = await renderQuotePdf(sampleQuote(index, lineCount), font);
  times.push(performance.now() - started);
  bytes += pdf.length;
}
const seconds = (performance.now() - all) / 1000;

report(
  'quote-pdf',
  [
    { metric: `first PDF (font parse included), ${lineCount} lines`, value: firstMs, unit: 'ms' },
    { metric: `median per PDF, ${lineCount} lines`, value: median(times), unit: 'ms' },
    {
      metric: 'p95 per PDF',
      value: [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)],
      unit: 'ms',
    },
    { metric: 'throughput, one process', value: count / seconds, unit: 'PDFs/s' },
    { metric: 'average PDF size', value: bytes / count / 1024, unit: 'KiB' },
  ],
  { pdfs: count, lines: lineCount, font: font.path },
);
