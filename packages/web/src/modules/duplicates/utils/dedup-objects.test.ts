import { describe, expect, it } from 'vitest';
import { checkValues } from './dedup-objects.ts';

describe('checkValues', () => {
  it('sends only the object’s match fields, trimmed, and nothing empty', () => {
    const typed = { name: ' 王磊 ', company: ' 云帆科技 ', phone: '', email: 'wl@example.cn', title: '经理' };
    expect(checkValues('lead', typed)).toEqual({ company: '云帆科技', email: 'wl@example.cn' });
    expect(checkValues('account', typed)).toEqual({ name: '王磊' });
    expect(checkValues('contact', { phone: ' 138 0000 0000 ', email: undefined })).toEqual({
      phone: '138 0000 0000',
    });
  });
});
