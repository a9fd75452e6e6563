import type { TFunction } from 'i18next';
import type { DesignerDraft } from './designer-draft.ts';
import { API_NAME_PATTERN } from './field-type-catalog.tsx';

/** Problems found before anything is sent, by canvas field id (the same shape the server's problems take). */
export function checkDraft(
  draft: DesignerDraft,
  t: TFunction,
): Record<string, Array<{ field: string; message: string }>> {
  const problems: Record<string, Array<{ field: string; message: string }>> = {};
  const add = (id: string, field: string, message: string) => {
    problems[id] = [...(problems[id] ?? []), { field, message }];
  };
  const seen = new Map<string, string>();
  for (const field of Object.values(draft.fields)) {
    if (!field.label['zh-CN'].trim()) add(field.id, 'label', t('designer.labelRequired'));
    if (!field.saved) {
      if (!API_NAME_PATTERN.test(field.apiName)) add(field.id, 'apiName', t('designer.apiNameInvalid'));
      else if (seen.has(field.apiName)) add(field.id, 'apiName', t('designer.apiNameTaken'));
    }
    seen.set(field.apiName, field.id);
    if (field.type === 'select' || field.type === 'multiSelect') {
      const choices = (field.options.choices as Array<{ value: string; label: { 'zh-CN': string } }>) ?? [];
      if (choices.length === 0) add(field.id, 'options.choices', t('designer.choicesRequired'));
      if (choices.some((choice) => !choice.value.trim() || !choice.label['zh-CN'].trim())) {
        add(field.id, 'options.choices', t('designer.choiceIncomplete'));
      }
    }
    if (field.type === 'lookup' && !field.options.target) {
      add(field.id, 'options.target', t('designer.targetRequired'));
    }
  }
  return problems;
}
