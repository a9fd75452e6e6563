import { describe, expect, it } from 'vitest';
import { capturedValues } from './captured-values.ts';
import { normalizeOrigin, originAllowed } from './lead-form-origins.ts';

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
