import { describe, expect, it } from 'vitest';
import { isHttpUrl } from './url.ts';

describe('isHttpUrl', () => {
  it.each([
    'https://example.com',
    'http://example.com/',
    'https://www.example.com.cn/产品/列表?id=1#top',
    'HTTPS://EXAMPLE.COM',
    'https://user:secret@example.com:8443/path',
    'http://localhost:3000',
    'http://192.168.1.10/admin',
    'http://[::1]:8080/',
    'https://例子.中国',
    'https://sub-domain.example.io/a%20b',
  ])('accepts %s', (input) => expect(isHttpUrl(input)).toBe(true));

  it.each([
    '',
    'example.com',
    'www.example.com',
    '//example.com',
    'ftp://example.com',
    'javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'mailto:sales@example.com',
    'https://',
    'https://exa mple.com',
    'https://example.com/a b',
    ' https://example.com',
    'http://example',
    'http://-example.com',
    'http:/example.com',
    'https://example.com:99999',
    `https://example.com/${'a'.repeat(2048)}`,
  ])('refuses %s', (input) => expect(isHttpUrl(input)).toBe(false));
});
