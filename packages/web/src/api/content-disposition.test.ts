import { describe, expect, it } from 'vitest';
import { fileNameFromDisposition } from './content-disposition.ts';

describe('fileNameFromDisposition', () => {
  it('prefers the UTF-8 filename* over the ASCII filename, in either order', () => {
    const name = '%E6%8A%A5%E4%BB%B7%E5%8D%95-BJ-2026-0001-v1.pdf';
    expect(
      fileNameFromDisposition(`attachment; filename="quote-BJ-2026-0001-v1.pdf"; filename*=UTF-8''${name}`),
    ).toBe('报价单-BJ-2026-0001-v1.pdf');
    expect(fileNameFromDisposition(`attachment; filename*=utf-8'zh-CN'${name}; filename="q.pdf"`)).toBe(
      '报价单-BJ-2026-0001-v1.pdf',
    );
  });

  it('reads the plain filename, quoted or not, when there is no usable filename*', () => {
    expect(fileNameFromDisposition('attachment; filename="leads 2026.xlsx"')).toBe('leads 2026.xlsx');
    expect(fileNameFromDisposition('attachment; filename=leads.csv')).toBe('leads.csv');
    expect(fileNameFromDisposition('attachment; filename="say \\"hi\\".txt"')).toBe('say "hi".txt');
    // Bad percent-encoding or an unknown charset: the ASCII name still names the file.
    expect(fileNameFromDisposition(`attachment; filename="q.pdf"; filename*=UTF-8''%E6%8A`)).toBe('q.pdf');
    expect(fileNameFromDisposition(`attachment; filename="q.pdf"; filename*=GBK''%B1%A8`)).toBe('q.pdf');
  });

  it('decodes ISO-8859-1 extended values', () => {
    expect(fileNameFromDisposition("attachment; filename*=iso-8859-1'en'%A3%20rates.pdf")).toBe(
      '£ rates.pdf',
    );
  });

  it('drops folders and answers null without a name', () => {
    expect(fileNameFromDisposition(`attachment; filename*=UTF-8''..%2F..%2Fetc%2Fpasswd`)).toBe('passwd');
    expect(fileNameFromDisposition('attachment')).toBeNull();
    expect(fileNameFromDisposition('attachment; filename=""')).toBeNull();
    expect(fileNameFromDisposition(null)).toBeNull();
  });
});
