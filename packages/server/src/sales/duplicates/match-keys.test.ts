import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recordMatchKeys } from './duplicate-objects.ts';
import { companyMatchKey, emailMatchKey, phoneMatchKey } from './match-keys.ts';

/** ASCII → full-width, as a Chinese input method in full-width mode types it. */
const fullWidth = (text: string) =>
  text
    .replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xff01 - 0x21))
    .replace(/ /g, '\u3000');

/** Distinctive company name cores: Chinese characters that are no legal-form word, or ASCII words. */
const core = fc.oneof(
  fc
    .array(fc.constantFrom(...'华东精密制造云帆科技远景能源北方重工昊天物流星河电子金桥建设'), {
      minLength: 2,
      maxLength: 8,
    })
    .map((chars) => chars.join('')),
  fc
    .array(fc.constantFrom('acme', 'blue', 'river', 'star', 'nova', 'delta', 'apex'), {
      minLength: 1,
      maxLength: 3,
    })
    .map((words) => words.join(' ')),
);

describe('companyMatchKey', () => {
  it.each([
    ['华为技术有限公司', '华为技术'],
    ['华为技术（中国）有限公司', '华为技术'],
    ['西门子(中国)有限公司', '西门子'],
    ['海尔集团股份有限公司', '海尔'],
    ['海尔集团', '海尔'],
    ['腾讯控股有限公司', '腾讯'],
    ['中国平安保险（集团）股份有限公司', '中国平安保险'],
    ['北京 字节跳动 科技有限责任公司', '北京字节跳动科技'],
    ['ＡＢＣ科技有限公司', 'abc科技'],
    ['Acme Co., Ltd.', 'acme'],
    ['ACME Corporation', 'acme'],
    ['Costco', 'costco'],
    ['Blue River Holdings Limited', 'blueriver'],
    ['上海·星河电子有限公司', '上海星河电子'],
  ])('%s → %s', (name, key) => expect(companyMatchKey(name)).toBe(key));

  it('keeps a branch apart from its head office', () => {
    expect(companyMatchKey('华为技术有限公司北京分公司')).not.toBe(companyMatchKey('华为技术有限公司'));
  });

  it('gives no key when too little is left to tell companies apart', () => {
    for (const name of ['', '  ', '公司', '有限公司', 'A', '（中国）', 'Co., Ltd.'])
      expect(companyMatchKey(name)).toBeNull();
    expect(companyMatchKey('A公司')).toBe('a公司');
  });

  it('ignores width, case, spacing, punctuation and legal-form endings', () => {
    const ending = fc.constantFrom(
      '',
      '有限公司',
      '股份有限公司',
      '有限责任公司',
      '（中国）有限公司',
      '集团',
      ' Co., Ltd.',
      ' Inc.',
      ' Limited',
    );
    fc.assert(
      fc.property(core, ending, fc.constantFrom('', ' ', '·', '-'), (name, suffix, separator) => {
        const key = companyMatchKey(name);
        const variant = `${name.split(' ').join(separator || ' ')}${suffix}`;
        expect(companyMatchKey(variant)).toBe(key);
        expect(companyMatchKey(fullWidth(variant))).toBe(key);
        expect(companyMatchKey(variant.toUpperCase())).toBe(key);
        expect(companyMatchKey(`  ${variant}  `)).toBe(key);
      }),
    );
  });

  it('is idempotent: a key is its own key', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: 'grapheme' }), (name) => {
        const key = companyMatchKey(name);
        if (key !== null) expect(companyMatchKey(key)).toBe(key);
      }),
    );
  });
});

describe('phoneMatchKey', () => {
  it('reduces a mobile number however it is written to its 11 digits', () => {
    const mobile = fc
      .tuple(fc.constantFrom('3', '5', '7', '8', '9'), fc.stringMatching(/^\d{9}$/))
      .map(([second, rest]) => `1${second}${rest}`);
    const written = (digits: string) =>
      fc.constantFrom(
        digits,
        `+86 ${digits}`,
        `+86-${digits.slice(0, 3)}-${digits.slice(3, 7)}-${digits.slice(7)}`,
        `0086${digits}`,
        `86${digits}`,
        `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`,
        fullWidth(digits),
      );
    fc.assert(
      fc.property(
        mobile.chain((digits) => fc.tuple(fc.constant(digits), written(digits))),
        ([digits, text]) => {
          expect(phoneMatchKey(text)).toBe(digits);
        },
      ),
    );
  });

  it('keys a landline by area code and number, the same for every extension', () => {
    expect(phoneMatchKey('010-12345678')).toBe('010-12345678');
    expect(phoneMatchKey('(010) 1234 5678 转 801')).toBe('010-12345678');
    expect(phoneMatchKey('+86 10 1234 5678')).toBe('010-12345678');
    expect(phoneMatchKey('0086-21-58881234')).toBe('021-58881234');
    expect(phoneMatchKey('0755-1234567-123')).toBe('0755-1234567');
    expect(phoneMatchKey('400-820-8820')).toBe('400-820-8820');
  });

  it('never matches a mobile with a landline, and gives no key for what is no mainland number', () => {
    expect(phoneMatchKey('13800138000')).not.toBe(phoneMatchKey('010-13800138'));
    for (const text of ['', '12345', 'abc', '+1 415 555 0100', '20000000000'])
      expect(phoneMatchKey(text)).toBeNull();
  });
});

describe('emailMatchKey', () => {
  it('trims, makes half-width and lower-cases the whole address', () => {
    expect(emailMatchKey('  Wang.Lei@YunFan.example.CN ')).toBe('wang.lei@yunfan.example.cn');
    expect(emailMatchKey('ｓａｌｅｓ＠ｅｘａｍｐｌｅ．ｃｎ')).toBe('sales@example.cn');
    expect(emailMatchKey('not an address')).toBeNull();
  });
});

describe('recordMatchKeys', () => {
  it('takes each object’s company, phone and e-mail fields', () => {
    expect(
      recordMatchKeys('account', { name: '远景能源有限公司', phone: '13700001111', email: 'x@y.cn' }),
    ).toEqual([
      { kind: 'company', key: '远景能源' },
      { kind: 'phone', key: '13700001111' },
    ]);
    expect(
      recordMatchKeys('lead', { name: '郑伟', company: '远景能源', email: 'ZW@y.cn', phone: null }),
    ).toEqual([
      { kind: 'company', key: '远景能源' },
      { kind: 'email', key: 'zw@y.cn' },
    ]);
    expect(recordMatchKeys('contact', { name: '远景能源', phone: '' })).toEqual([]);
  });
});
