import { describe, expect, it } from 'vitest';
import { contentDisposition } from './file.presenter.ts';
import { megabytes, typeAllowed } from './upload-limits.ts';

describe('upload limits', () => {
  it('allows every type when accept is empty', () => {
    expect(typeAllowed([], 'anything.exe', 'application/x-msdownload')).toBe(true);
  });

  it('checks extensions case-insensitively and MIME types with wildcards', () => {
    expect(typeAllowed(['.pdf'], '合同.PDF', 'application/octet-stream')).toBe(true);
    expect(typeAllowed(['.pdf'], 'contract.pdf.exe', 'application/pdf')).toBe(false);
    expect(typeAllowed(['image/*'], 'photo.heic', 'image/heic')).toBe(true);
    expect(typeAllowed(['image/*'], 'photo.png', 'imagex/png')).toBe(false);
    expect(typeAllowed(['application/pdf'], 'a.pdf', 'application/pdf')).toBe(true);
  });

  it('requires both the name and the declared type when both kinds of rule are given', () => {
    const accept = ['.pdf', 'application/pdf'];
    expect(typeAllowed(accept, 'a.pdf', 'application/pdf')).toBe(true);
    expect(typeAllowed(accept, 'a.exe', 'application/pdf')).toBe(false);
    expect(typeAllowed(accept, 'a.pdf', 'text/html')).toBe(false);
  });

  it('converts MB to bytes', () => {
    expect(megabytes(20)).toBe(20 * 1024 * 1024);
    expect(megabytes(0.5)).toBe(512 * 1024);
  });
});

describe('content disposition', () => {
  it('keeps a Chinese name as RFC 5987 filename* with an ASCII fallback', () => {
    expect(contentDisposition('报价单 (终版).pdf')).toBe(
      `attachment; filename="___ (__).pdf"; filename*=UTF-8''%E6%8A%A5%E4%BB%B7%E5%8D%95%20%28%E7%BB%88%E7%89%88%29.pdf`,
    );
    expect(contentDisposition('a"b\\c.txt')).toBe(
      `attachment; filename="a_b_c.txt"; filename*=UTF-8''a%22b%5Cc.txt`,
    );
  });
});
