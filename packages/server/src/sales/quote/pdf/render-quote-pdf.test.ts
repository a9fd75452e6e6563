import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import { PdfFontError } from './pdf-font.ts';
import type { QuotePdfDocument, QuotePdfLine } from './quote-pdf-document.ts';
import { renderQuotePdf } from './render-quote-pdf.ts';

const config = loadConfig({});
const font = { path: config.pdfFontPath, face: config.pdfFontFace };

/** Text of the PDF as `pdftotext -layout` reads it, one string per page. */
function pdfPages(pdf: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lodestar-quote-pdf-'));
  try {
    const file = path.join(dir, 'quote.pdf');
    fs.writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return text.split('\f').slice(0, -1);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const PRODUCTS = [
  '领航 CRM 专业版（年度订阅，按用户计）',
  '实施与数据迁移服务',
  '现场培训',
  '私有化部署支持包',
];

/** 60 lines of 2 × ¥1,000.00, 10 % off, 13 % VAT: net 1,800.00 + tax 234.00 = 2,034.00 each. */
const lines: QuotePdfLine[] = Array.from({ length: 60 }, (_, index) => ({
  productName: `${PRODUCTS[index % PRODUCTS.length]} ${index + 1}`,
  spec: index % 2 === 0 ? 'LS-PRO' : undefined,
  unit: '套',
  quantity: '2',
  unitPrice: '1000.00',
  discountPercent: '10',
  taxPercent: 13,
}));

const quote: QuotePdfDocument = {
  language: 'zh-CN',
  company: { name: '上海领航软件有限公司', address: '上海市浦东新区张江路 88 号', phone: '021-5088 8888' },
  number: 'BJ-2026-0042',
  version: 2,
  date: '2026-11-26',
  validUntil: '2026-12-26',
  customer: { name: '杭州西湖精密机械股份有限公司', contactName: '王建国', phone: '0571-8765 4321' },
  preparedBy: '李娜',
  lines,
  terms: ['报价有效期 30 天。', '付款方式：合同签订后预付 30%，验收后支付 70%。'],
};

describe('renderQuotePdf', () => {
  it('prints a 60-line Chinese quote over three pages with totals in figures and in 大写', async () => {
    const pdf = await renderQuotePdf(quote, font);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdfPages(pdf);
    const text = pages.join('\n');
    expect(pages).toHaveLength(3);
    expect(text).toContain('杭州西湖精密机械股份有限公司');
    expect(text).toContain('上海领航软件有限公司');
    // 60 × 2,034.00 = 122,040.00
    expect(text).toContain('壹拾贰万贰仟零肆拾元整');
    expect(text).toContain('¥122,040.00');
    expect(text).toContain('¥14,040.00'); // tax: 60 × 234.00
    expect(text).toContain('-¥12,000.00'); // discount: 60 × 200.00
    // The table header is repeated on every page the lines run over, and every line is printed once.
    const pagesWithHeader = pages.filter((page) => page.includes('产品名称'));
    expect(pagesWithHeader.length).toBeGreaterThanOrEqual(2);
    const rowNumbers = [...text.matchAll(/^ {1,4}(\d+) {2,}\S/gm)].map((match) => Number(match[1]));
    expect(rowNumbers).toEqual(Array.from({ length: 60 }, (_, index) => index + 1));
    expect(pages.at(-1)).toMatch(/第\s*3\s*页\s*\/\s*共\s*3\s*页/);
    expect(text).toContain('客户确认（签字/盖章）');
  });

  it('labels in English when asked, amounts still in 大写', async () => {
    const pages = pdfPages(
      await renderQuotePdf({ ...quote, language: 'en', lines: lines.slice(0, 3) }, font),
    );
    const text = pages.join('\n');
    expect(pages).toHaveLength(1);
    expect(text).toContain('Quotation');
    expect(text).toContain('Total (incl. tax)');
    expect(text).toContain('¥6,102.00');
    expect(text).toContain('陆仟壹佰零贰元整');
    expect(text).toContain('Page 1 of 1');
  });

  it('refuses an invalid line before drawing anything', async () => {
    const bad = { ...quote, lines: [{ ...lines[0]!, discountPercent: '120' }] };
    await expect(renderQuotePdf(bad, font)).rejects.toThrow(
      'quote.line.percent_above_100: lines.0.discountPercent',
    );
  });

  it('says how to fix a missing font or face', async () => {
    await expect(renderQuotePdf(quote, { path: '/nonexistent/font.ttc', face: 'X' })).rejects.toThrow(
      /PDF font not found: \/nonexistent\/font\.ttc.*LODESTAR_PDF_FONT/,
    );
    await expect(renderQuotePdf(quote, { ...font, face: 'NoSuchFace' })).rejects.toBeInstanceOf(PdfFontError);
  });
});
