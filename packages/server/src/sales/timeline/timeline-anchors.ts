import type { ObjectMeta } from '../../metadata/metadata-model.ts';

/** The objects that have a timeline: what happens around them is shown on their record page. */
export const ANCHOR_OBJECTS = ['account', 'contact', 'opportunity', 'lead'] as const;
export type AnchorObject = (typeof ANCHOR_OBJECTS)[number];

export const isAnchorObject = (object: string): object is AnchorObject =>
  (ANCHOR_OBJECTS as readonly string[]).includes(object);

/** Where a write of a record is shown: on the record itself (`field` null) or on the record a lookup names. */
export interface AnchorLink {
  /** The lookup field's api name; null for the record's own timeline. */
  field: string | null;
  anchor: AnchorObject;
}

const linksByObject = new WeakMap<ObjectMeta, AnchorLink[]>();

/**
 * The anchors an object's records are shown on: itself when it is an anchor object, and every anchor
 * object its lookup fields point at (custom objects and custom lookups included). An `ObjectMeta` belongs to
 * one metadata snapshot, so this is worked out once per object and snapshot, never per write.
 */
export function anchorLinksOf(object: ObjectMeta): AnchorLink[] {
  let links = linksByObject.get(object);
  if (!links) {
    links = [];
    if (isAnchorObject(object.apiName)) links.push({ field: null, anchor: object.apiName });
    for (const field of object.fields) {
      const target = field.type === 'lookup' ? String(field.options.target) : '';
      if (isAnchorObject(target)) links.push({ field: field.apiName, anchor: target });
    }
    linksByObject.set(object, links);
  }
  return links;
}

/** The field whose value names a record on the timeline: its name field, else its first text field. */
export function titleFieldOf(object: ObjectMeta): string | null {
  return object.nameField ?? object.fields.find((field) => field.type === 'text')?.apiName ?? null;
}
