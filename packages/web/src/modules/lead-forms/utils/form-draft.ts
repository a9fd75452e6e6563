import {
  isLeadFormFieldType,
  LEAD_FORM_EXCLUDED_FIELDS,
  type LeadFormFieldType,
  leadFormSnippet,
  type SnippetField,
} from '@lodestar/shared';
import type { FieldChoice, FieldDefinition, ObjectDefinition } from '../../records/api/objects.api.ts';
import type { LeadForm, LeadFormField, LeadFormInput } from '../api/lead-forms.api.ts';

/** The form being edited: what a save sends. */
export type LeadFormDraft = LeadFormInput;

const EXCLUDED: ReadonlySet<string> = new Set(LEAD_FORM_EXCLUDED_FIELDS);

/** The token shown in the preview of a form not saved yet. */
export const PREVIEW_TOKEN = 'preview';

/** Lead fields a form can ask for: plain inputs, not kept by the system, not filled in by intake. */
export function askableFields(lead: ObjectDefinition): FieldDefinition[] {
  return lead.fields.filter(
    (field) => isLeadFormFieldType(field.type) && !field.managed && !EXCLUDED.has(field.apiName),
  );
}

function fieldOf(lead: ObjectDefinition, apiName: string, required: boolean): LeadFormField | null {
  const field = lead.fields.find((f) => f.apiName === apiName);
  return field ? { field: apiName, label: { ...field.label }, required } : null;
}

/** A new form: name, phone, e-mail, company and notes, with the usual texts. */
export function newDraft(lead: ObjectDefinition): LeadFormDraft {
  const starting: Array<[string, boolean]> = [
    ['name', true],
    ['phone', true],
    ['email', false],
    ['company', false],
    ['description', false],
  ];
  return {
    name: '',
    language: 'zh-CN',
    fields: starting.flatMap(([apiName, required]) => fieldOf(lead, apiName, required) ?? []),
    submitLabel: { 'zh-CN': '提交', en: 'Submit' },
    thankYou: {
      'zh-CN': '感谢您的留言，我们会尽快与您联系。',
      en: 'Thank you! We will be in touch shortly.',
    },
    allowedOrigins: [],
    source: 'webForm',
    campaign: null,
    ruleSetId: null,
    active: true,
  };
}

/** The draft of a saved form. */
export function draftOf(form: LeadForm): LeadFormDraft {
  return {
    name: form.name,
    language: form.language,
    fields: form.fields.map((field) => ({ ...field, label: { ...field.label } })),
    submitLabel: { ...form.submitLabel },
    thankYou: { ...form.thankYou },
    allowedOrigins: [...form.allowedOrigins],
    source: form.source,
    campaign: form.campaign,
    ruleSetId: form.ruleSetId,
    active: form.active,
  };
}

/** Adds a lead field at the end, labelled as the field is. */
export function addField(draft: LeadFormDraft, lead: ObjectDefinition, apiName: string): LeadFormDraft {
  if (draft.fields.some((f) => f.field === apiName)) return draft;
  const field = fieldOf(lead, apiName, false);
  return field ? { ...draft, fields: [...draft.fields, field] } : draft;
}

/** Moves the field at `index` up (-1) or down (+1). */
export function moveField(draft: LeadFormDraft, index: number, delta: -1 | 1): LeadFormDraft {
  const target = index + delta;
  if (target < 0 || target >= draft.fields.length) return draft;
  const fields = [...draft.fields];
  [fields[index], fields[target]] = [fields[target]!, fields[index]!];
  return { ...draft, fields };
}

/** The inputs of the embedded form, labelled in the form's language. */
export function snippetFields(draft: LeadFormDraft, lead: ObjectDefinition): SnippetField[] {
  const language = draft.language;
  return draft.fields.flatMap((item) => {
    const meta = lead.fields.find((f) => f.apiName === item.field);
    if (!meta || !isLeadFormFieldType(meta.type)) return [];
    const choices = (meta.options.choices as FieldChoice[] | undefined)?.map((choice) => ({
      value: choice.value,
      label: choice.label[language] || choice.label['zh-CN'],
    }));
    const maxLength = typeof meta.options.maxLength === 'number' ? meta.options.maxLength : undefined;
    return [
      {
        field: item.field,
        type: meta.type as LeadFormFieldType,
        label: item.label[language] || item.label['zh-CN'] || item.field,
        required: item.required,
        ...(choices ? { choices } : {}),
        ...(maxLength ? { maxLength } : {}),
      },
    ];
  });
}

/** The HTML to paste into a web page (for a saved form) or to preview (any draft). */
export function snippetOf(
  draft: LeadFormDraft,
  lead: ObjectDefinition,
  baseUrl: string,
  token: string,
): string {
  return leadFormSnippet({
    baseUrl,
    token,
    language: draft.language,
    fields: snippetFields(draft, lead),
    submitLabel: draft.submitLabel[draft.language] || draft.submitLabel['zh-CN'],
  });
}
