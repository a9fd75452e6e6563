import { ACCOUNT, ACCOUNT_TAGS } from './account.ts';
import { FOLLOW_UP, TASK } from './activity.ts';
import type { BuiltInField, BuiltInObject, BuiltInTagGroup } from './built-in-object.ts';
import { CONTACT } from './contact.ts';
import { CONTRACT } from './contract.ts';
import { LEAD } from './lead.ts';
import { OPPORTUNITY } from './opportunity.ts';
import { PAYMENT, PAYMENT_PLAN } from './payment.ts';
import { PIPELINE, PIPELINE_STAGE } from './pipeline.ts';
import { PRICE_LIST, PRODUCT } from './product.ts';
import { QUOTE } from './quote.ts';
import { TICKET } from './ticket.ts';

export type { BuiltInField, BuiltInObject, BuiltInTagGroup } from './built-in-object.ts';

/**
 * The built-in objects. All tables are created before any field, so lookups may point either way (a lead
 * links to the opportunity it became, the opportunity to the lead it came from).
 */
export const BUILT_IN_OBJECTS: BuiltInObject[] = [
  LEAD,
  ACCOUNT,
  CONTACT,
  PIPELINE,
  PIPELINE_STAGE,
  OPPORTUNITY,
  PRODUCT,
  PRICE_LIST,
  QUOTE,
  CONTRACT,
  PAYMENT_PLAN,
  PAYMENT,
  TICKET,
  TASK,
  FOLLOW_UP,
];

/** Tag groups that built-in `tags` fields refer to. */
export const BUILT_IN_TAG_GROUPS: BuiltInTagGroup[] = [ACCOUNT_TAGS];

const declaredFields = new Map<string, Map<string, BuiltInField>>(
  BUILT_IN_OBJECTS.map((object) => [object.apiName, new Map(object.fields.map((f) => [f.apiName, f]))]),
);

/** The declaration of a built-in field, or undefined for custom fields and objects. */
export function builtInFieldOf(object: string, field: string): BuiltInField | undefined {
  return declaredFields.get(object)?.get(field);
}

/** Whether only the object's behaviour may write this field (see `BuiltInField.managed`). */
export function isManagedField(object: string, field: string): boolean {
  return builtInFieldOf(object, field)?.managed === true;
}
