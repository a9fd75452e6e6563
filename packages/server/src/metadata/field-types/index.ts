import { attachmentField } from './attachment.ts';
import { autoNumberField } from './auto-number.ts';
import { booleanField } from './boolean.ts';
import { currencyField } from './currency.ts';
import { dateField } from './date.ts';
import { datetimeField } from './datetime.ts';
import { emailField } from './email.ts';
import type { FieldType, FieldTypeModule } from './field-type.ts';
import { formulaField } from './formula.ts';
import { longTextField } from './long-text.ts';
import { lookupField } from './lookup.ts';
import { multiSelectField } from './multi-select.ts';
import { numberField } from './number.ts';
import { percentField } from './percent.ts';
import { phoneField } from './phone.ts';
import { regionField } from './region.ts';
import { selectField } from './select.ts';
import { tagsField } from './tags.ts';
import { textField } from './text.ts';
import { urlField } from './url.ts';
import { userField } from './user.ts';

export * from './field-type.ts';

/** A module whatever its options type: options are validated by its own `optionsSchema` before use. */
// biome-ignore lint/suspicious/noExplicitAny: each module has its own options type
type AnyFieldTypeModule = FieldTypeModule<any>;

/** Every type name with its module; `null` marks a type declared in the API but not available yet. */
const FIELD_TYPE_MODULES: Record<FieldType, AnyFieldTypeModule | null> = {
  text: textField,
  longText: longTextField,
  number: numberField,
  currency: currencyField,
  percent: percentField,
  date: dateField,
  datetime: datetimeField,
  boolean: booleanField,
  select: selectField,
  multiSelect: multiSelectField,
  lookup: lookupField,
  user: userField,
  phone: phoneField,
  email: emailField,
  url: urlField,
  region: regionField,
  autoNumber: autoNumberField,
  formula: formulaField,
  attachment: attachmentField,
  tags: tagsField,
};

/** The module of a field type, or null when the type cannot be used yet. */
export function fieldTypeModule(type: FieldType): AnyFieldTypeModule | null {
  return FIELD_TYPE_MODULES[type];
}
