import type { RecordContext } from '../../records/record-context.ts';
import { CONTRACT_ACTION_WORDS } from './contract.messages.ts';

/**
 * Message parameters in both languages (see `contract.messages.ts`), taken from the metadata so that labels an
 * administrator renamed read the same in errors as on screen.
 */

interface Choice {
  value: string;
  label: { 'zh-CN': string; en: string };
}

/** `{ statusZh, statusEn }`: the status choice's labels. */
export function statusParams(context: RecordContext, status: string | null): Record<string, string> {
  const field = context.object.fields.find((f) => f.apiName === 'status');
  const choices = (field?.options.choices ?? []) as Choice[];
  const choice = choices.find((c) => c.value === status);
  return {
    statusZh: choice?.label['zh-CN'] ?? String(status),
    statusEn: (choice?.label.en ?? String(status)).toLowerCase(),
  };
}

/** `{ actionZh, actionEn }`: the transition's words. */
export function actionParams(action: string): Record<string, string> {
  const words = CONTRACT_ACTION_WORDS[action];
  return { actionZh: words?.zh ?? action, actionEn: words?.en ?? action };
}

/** `{ fieldsZh, fieldsEn }`: the fields' labels, listed. */
export function fieldListParams(context: RecordContext, fields: readonly string[]): Record<string, string> {
  const labels = fields.map((name) => context.object.fields.find((f) => f.apiName === name)?.labels);
  return {
    fieldsZh: labels.map((l, i) => l?.['zh-CN'] ?? fields[i]).join('、'),
    fieldsEn: labels.map((l, i) => l?.en ?? fields[i]).join(', '),
  };
}
