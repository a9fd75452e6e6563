import { conflict, invalidFields } from '../errors.ts';
import { loadRegionIndex } from '../platform/regions/region-index.ts';
import { EMPTY_TAG_GROUP_INDEX, type TagGroupIndex } from '../platform/tag-groups/tag-group-index.ts';
import '../platform/tag-groups/tag-group.messages.ts';
import type { FormulaOptions } from './field-types/formula.ts';
import { type FieldType, fieldTypeModule, type JsonValue } from './field-types/index.ts';
import { assertValidFormula } from './formula-validation.ts';
import type { FieldDraft, FieldMeta, Labels, ObjectMeta } from './metadata-model.ts';
import { apiNameProblem, columnNameFor } from './naming.ts';

/** The properties of a field as a create or update asks for them (before validation). */
export interface FieldInput {
  apiName: string;
  type: FieldType;
  labels: Labels;
  required: boolean;
  unique: boolean;
  defaultValue: unknown;
  helpText: Labels | null;
  options: Record<string, unknown>;
  position?: number | undefined;
}

/** Refuses an api name that is not a valid identifier (422 on `apiName`). */
export function assertValidApiName(apiName: string): void {
  const problem = apiNameProblem(apiName);
  if (problem) throw invalidFields([{ field: 'apiName', code: problem }]);
}

/**
 * Validates a field against its type module and its object and derives its column: the draft that schema
 * sync applies. `current` is the field being updated (its api name and column stay), absent for a new one.
 */
export async function buildFieldDraft(
  object: ObjectMeta,
  input: FieldInput,
  isCustom: boolean,
  current?: FieldMeta,
  tagGroups: TagGroupIndex = EMPTY_TAG_GROUP_INDEX,
): Promise<FieldDraft> {
  if (!current) {
    assertValidApiName(input.apiName);
    if (object.fields.some((field) => field.apiName === input.apiName)) {
      throw conflict('field.api_name_taken', { apiName: input.apiName });
    }
  }
  const module = fieldTypeModule(input.type);
  if (!module) {
    throw invalidFields([
      { field: 'type', code: 'field.type_not_available_yet', params: { type: input.type } },
    ]);
  }
  const parsedOptions = module.optionsSchema.safeParse(input.options);
  if (!parsedOptions.success) {
    const issue = parsedOptions.error.issues[0];
    const detail = `${issue?.path.join('.') || 'options'}: ${issue?.message ?? ''}`;
    throw invalidFields([{ field: 'options', code: 'field.invalid_options', params: { detail } }]);
  }
  const options = parsedOptions.data as Record<string, unknown>;
  if (module.computed) assertValidFormula(object, parsedOptions.data as FormulaOptions);
  if (input.type === 'tags' && !tagGroups.tagsOf(String(options.group))) {
    throw invalidFields([
      { field: 'options', code: 'field.unknown_tag_group', params: { group: String(options.group) } },
    ]);
  }
  if (input.unique && !module.canBeUnique) {
    throw invalidFields([{ field: 'unique', code: 'field.unique_not_supported' }]);
  }
  const columnName =
    current?.columnName ?? columnNameFor(input.apiName, isCustom, module.isReference ?? false);
  if (!current && object.fields.some((field) => field.columnName === columnName)) {
    throw invalidFields([{ field: 'apiName', code: 'field.column_taken', params: { column: columnName } }]);
  }
  let defaultValue: JsonValue | null = null;
  if (input.defaultValue !== undefined && input.defaultValue !== null) {
    const parsed = module.parseInput(input.defaultValue, options, {
      regions: await loadRegionIndex(),
      tagGroups,
    });
    if (!parsed.ok) throw invalidFields([{ field: 'defaultValue', code: 'field.invalid_default' }]);
    defaultValue = module.present(parsed.value, options);
  }
  const nextPosition = object.fields.reduce((max, field) => Math.max(max, field.position + 1), 0);
  return {
    apiName: input.apiName,
    columnName,
    type: input.type,
    labels: input.labels,
    required: module.computed ? false : input.required,
    unique: input.unique,
    defaultValue,
    helpText: input.helpText,
    options,
    position: input.position ?? current?.position ?? nextPosition,
    isCustom: current?.isCustom ?? isCustom,
  };
}
