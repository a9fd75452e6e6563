import { describe, expect, it } from 'vitest';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import { addField, askableFields, moveField, newDraft, snippetOf } from './form-draft.ts';

const field = (apiName: string, type: string, zh: string, en: string, extra: object = {}) => ({
  apiName,
  type,
  label: { 'zh-CN': zh, en },
  required: false,
  unique: false,
  defaultValue: null,
  helpText: null,
  options: {},
  position: 0,
  isCustom: false,
  managed: false,
  ...extra,
});

const LEAD = {
  apiName: 'lead',
  label: { 'zh-CN': '线索', en: 'Lead' },
  icon: null,
  nameField: 'name',
  isCustom: false,
  fields: [
    field('name', 'text', '姓名', 'Name', { options: { maxLength: 255 } }),
    field('phone', 'phone', '电话', 'Phone'),
    field('email', 'email', '邮箱', 'Email'),
    field('company', 'text', '公司', 'Company'),
    field('description', 'longText', '备注', 'Notes'),
    field('industry', 'select', '行业', 'Industry', {
      options: { choices: [{ value: 'it', label: { 'zh-CN': '信息技术', en: 'IT' } }] },
    }),
    field('source', 'select', '来源', 'Source'),
    field('region', 'region', '地区', 'Region'),
    field('convertedAt', 'datetime', '转化时间', 'Converted at', { managed: true }),
    field('budget', 'number', '预算', 'Budget', { isCustom: true }),
  ],
} as unknown as ObjectDefinition;

describe('lead form drafts', () => {
  it('offers plain inputs only, not what intake fills in or the system keeps', () => {
    expect(askableFields(LEAD).map((f) => f.apiName)).toEqual([
      'name',
      'phone',
      'email',
      'company',
      'description',
      'industry',
      'budget',
    ]);
  });

  it('builds an escaped snippet in the form’s language with choices and the honeypot', () => {
    let draft = addField(newDraft(LEAD), LEAD, 'industry');
    draft = {
      ...draft,
      language: 'en',
      fields: draft.fields.map((f) =>
        f.field === 'company' ? { ...f, label: { 'zh-CN': '公司', en: '<b>Company</b>' } } : f,
      ),
    };
    draft = moveField(draft, 1, 1);
    const html = snippetOf(draft, LEAD, 'https://crm.example.com/', 'tok_123');
    expect(html).toContain('action="https://crm.example.com/api/v1/public/lead-forms/tok_123/submissions"');
    expect(html).toContain('lang="en"');
    expect(html).toContain('&lt;b&gt;Company&lt;/b&gt;');
    expect(html).not.toContain('<b>Company</b>');
    expect(html).toContain('<option value="it">IT</option>');
    expect(html).toContain('name="lf_website"');
    expect(html).toContain(
      '<script src="https://crm.example.com/api/v1/public/lead-forms/embed.js" async></script>',
    );
    expect(html.indexOf('name="email"')).toBeLessThan(html.indexOf('name="phone"'));
    expect(html).toContain('<button type="submit">Submit</button>');
  });
});
