import { describe, expect, it } from 'vitest';
import { capturedValues } from './captured-values.ts';
import { normalizeOrigin, originAllowed } from './lead-form-origins.ts';
import { FixedWindowLimiter } from './rate-limiter.ts';

describe('captured values of a submission', () => {
  it('takes UTM values from the body, then the page address, then the referrer', () => {
    expect(
      capturedValues(
        {
          utm_source: 'wechat',
          lf_page: 'https://www.example.cn/a?utm_source=page&utm_medium=cpc',
          lf_referrer: 'https://ads.example.cn/r?utm_medium=ref&utm_term=%E8%BD%AF%E4%BB%B6&utm_content=b1',
        },
        undefined,
      ),
    ).toEqual({
      utmSource: 'wechat',
      utmMedium: 'cpc',
      utmTerm: '软件',
      utmContent: 'b1',
      referrer: 'https://ads.example.cn/r?utm_medium=ref&utm_term=%E8%BD%AF%E4%BB%B6&utm_content=b1',
    });
  });

  it('uses the page, then the Referer header, as referrer; drops what is no http(s) URL; clips long values', () => {
    expect(capturedValues({ lf_page: 'https://www.example.cn/contact' }, undefined)).toEqual({
      referrer: 'https://www.example.cn/contact',
    });
    expect(capturedValues({ lf_referrer: 'javascript:alert(1)' }, 'https://www.example.cn/x')).toEqual({
      referrer: 'https://www.example.cn/x',
    });
    expect(capturedValues({ lf_page: 'data:text/html,hi' }, 'not a url')).toEqual({});
    expect(capturedValues({ utm_campaign: 'x'.repeat(400) }, undefined).utmCampaign).toHaveLength(255);
  });
});

describe('allowed origins', () => {
  it('normalises web origins and refuses anything else', () => {
    expect(normalizeOrigin('https://www.Example.cn/')).toBe('https://www.example.cn');
    expect(normalizeOrigin('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080');
    expect(normalizeOrigin(' * ')).toBe('*');
    for (const bad of [
      'www.example.cn',
      'https://example.cn/path',
      'ftp://example.cn',
      'https://u:p@example.cn',
      '',
    ])
      expect(normalizeOrigin(bad), bad).toBeNull();
  });

  it('lets through requests without Origin, the server’s own origin, listed origins and any with *', () => {
    const self = 'http://crm.example.cn';
    expect(originAllowed([], undefined, self)).toBe(true);
    expect(originAllowed([], self, self)).toBe(true);
    expect(originAllowed(['https://www.example.cn'], 'https://www.example.cn', self)).toBe(true);
    expect(originAllowed(['https://www.example.cn'], 'https://evil.example.cn', self)).toBe(false);
    expect(originAllowed(['https://www.example.cn'], 'null', self)).toBe(false);
    expect(originAllowed(['*'], 'https://anyone.example.com', self)).toBe(true);
  });
});

describe('fixed-window rate limiter', () => {
  it('allows `limit` hits per key and window, then says how long to wait', () => {
    const limiter = new FixedWindowLimiter(2, 60_000);
    expect(limiter.hit('a', 0)).toEqual({ allowed: true });
    expect(limiter.hit('a', 1_000)).toEqual({ allowed: true });
    expect(limiter.hit('a', 1_500)).toEqual({ allowed: false, retryAfterSeconds: 59 });
    expect(limiter.hit('b', 1_500)).toEqual({ allowed: true });
    expect(limiter.hit('a', 60_000)).toEqual({ allowed: true });
  });

  it('is off with a limit of 0 and keeps a bounded number of keys', () => {
    const off = new FixedWindowLimiter(0, 1_000);
    for (let i = 0; i < 10; i += 1) expect(off.hit('x', 0).allowed).toBe(true);
    const small = new FixedWindowLimiter(1, 60_000, 3);
    for (const key of ['a', 'b', 'c', 'd']) small.hit(key, 0);
    // 'a' was dropped to make room, so it starts a new window.
    expect(small.hit('a', 10).allowed).toBe(true);
    expect(small.hit('d', 10).allowed).toBe(false);
  });
});
