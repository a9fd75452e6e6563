import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '../../../api/client.ts';
import { i18n } from '../../../i18n/index.ts';
import { LAYOUTS_QUERY_KEY, layoutApi } from '../../records/api/layout.api.ts';
import { OBJECTS_QUERY_KEY, type ObjectDefinition } from '../../records/api/objects.api.ts';
import { designerApi } from '../api/designer.api.ts';
import { changedProperties, type DesignerDraft, layoutOfDraft } from '../utils/designer-draft.ts';

/** Server problems of one field on the canvas, by property path (`apiName`, `options.choices`, …). */
export type FieldErrors = Record<string, Array<{ field: string; message: string }>>;

/** What a save left behind: the draft with what was created marked as saved, and the problems found. */
export interface SaveOutcome {
  draft: DesignerDraft;
  fieldErrors: FieldErrors;
  /** A problem that belongs to no field (e.g. the layout itself). */
  error: string | null;
}

function problemsOf(error: unknown): Array<{ field: string; message: string }> {
  if (error instanceof ApiError) {
    return error.errors.length ? error.errors : [{ field: '', message: error.detail }];
  }
  return [{ field: '', message: i18n.t('errors.unexpectedShort') }];
}

/**
 * Saves a draft: deletes removed fields, creates new ones, changes edited ones, then saves the layout.
 * Stops before the layout when a field was refused, keeping what succeeded, so saving again resumes.
 */
async function saveDraft(object: ObjectDefinition, input: DesignerDraft): Promise<SaveOutcome> {
  let draft = input;
  const fieldErrors: FieldErrors = {};
  for (const field of draft.removed) {
    try {
      await designerApi.deleteField(object.apiName, field.apiName);
      draft = { ...draft, removed: draft.removed.filter((entry) => entry.apiName !== field.apiName) };
    } catch (error) {
      return { draft, fieldErrors, error: problemsOf(error)[0]!.message };
    }
  }
  const order = draft.sections.flatMap((section) => section.items.map((item) => item.id));
  // Formulas last: their expressions may name fields created in the same save.
  const isFormula = (id: string) => draft.fields[id]?.type === 'formula';
  for (const id of [...order.filter((id) => !isFormula(id)), ...order.filter(isFormula)]) {
    const field = draft.fields[id];
    if (!field) continue;
    try {
      const properties = {
        label: field.label,
        required: field.required,
        unique: field.unique,
        defaultValue: field.defaultValue,
        helpText: field.helpText,
        options: field.options,
      };
      let saved = field.saved;
      if (!saved) {
        saved = await designerApi.createField(object.apiName, {
          apiName: field.apiName,
          type: field.type,
          ...properties,
        });
      } else {
        const changes = changedProperties(field);
        if (Object.keys(changes).length === 0) continue;
        saved = await designerApi.updateField(object.apiName, field.apiName, changes);
      }
      draft = { ...draft, fields: { ...draft.fields, [id]: { ...field, saved, options: saved.options } } };
    } catch (error) {
      fieldErrors[id] = problemsOf(error);
    }
  }
  if (Object.keys(fieldErrors).length) return { draft, fieldErrors, error: null };
  try {
    await layoutApi.save(object.apiName, layoutOfDraft(draft));
    // A new object gets a title field: its first text field.
    if (!object.nameField) {
      const title = order.map((id) => draft.fields[id]).find((field) => field?.type === 'text');
      if (title) await designerApi.updateObject(object.apiName, { nameField: title.apiName });
    }
  } catch (error) {
    return {
      draft,
      fieldErrors,
      error: problemsOf(error)
        .map((problem) => problem.message)
        .join('; '),
    };
  }
  return { draft, fieldErrors, error: null };
}

/** Saves the designer's draft of an object; the metadata and layouts are fetched afresh everywhere after. */
export function useSaveDesign(object: ObjectDefinition) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (draft: DesignerDraft) => saveDraft(object, draft),
    onSettled: async () => {
      await queryClient.invalidateQueries({ queryKey: OBJECTS_QUERY_KEY });
      await queryClient.invalidateQueries({ queryKey: LAYOUTS_QUERY_KEY });
    },
  });
}
