import { presentRecord, type RecordOutput } from '../../records/record.presenter.ts';
import type { RecordRow } from '../../records/record.repository.ts';
import { type RecordContext, visibleFields } from '../../records/record-context.ts';
import {
  applyFieldSelection,
  type FieldSelection,
  parseFieldSelection,
} from '../../records/record-fields.ts';

/** The links through which a task or follow-up is about another record. */
const RELATED_LINKS = ['account', 'contact', 'opportunity', 'lead'];

/**
 * Every visible field plus the name of each record the task or follow-up is about (`account.name`…), as the
 * records API's `?fields=` gives them: a related record the viewer may not read yields null.
 */
export async function withRelatedNames(context: RecordContext): Promise<FieldSelection> {
  const own = visibleFields(context).map((field) => field.apiName);
  const related = RELATED_LINKS.filter(
    (link) => own.includes(link) && context.viewer.permissions.can(link, 'read'),
  ).map((link) => `${link}.name`);
  return parseFieldSelection(context, [...own, ...related].join(','));
}

/** A row presented with the selection's related names. */
export const presentWithNames = (
  context: RecordContext,
  selection: FieldSelection,
  row: RecordRow,
): RecordOutput => applyFieldSelection(selection, presentRecord(context, row), row);
