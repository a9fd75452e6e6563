import type { Layout, LayoutPlacement, LayoutSection } from '../api/layout.api.ts';
import type { FieldDefinition, ObjectDefinition } from '../api/objects.api.ts';

/** A section with its placements resolved to field definitions. */
export interface ResolvedSection {
  section: LayoutSection;
  fields: Array<{ field: FieldDefinition; span: LayoutPlacement['span'] }>;
}

/**
 * The sections to render: each placement resolved to its field (placements of fields the object no longer
 * has, or that `include` rejects, are left out), empty sections dropped. Without a layout yet: one section
 * with every field in position order.
 */
export function resolveSections(
  object: ObjectDefinition,
  layout: Layout | undefined,
  include: (field: FieldDefinition) => boolean = () => true,
): ResolvedSection[] {
  const byName = new Map(object.fields.map((field) => [field.apiName, field]));
  const sections: LayoutSection[] = layout?.sections ?? [
    {
      key: 'main',
      label: object.label,
      columns: 2,
      roleIds: null,
      fields: [...object.fields]
        .sort((a, b) => a.position - b.position)
        .map((field) => ({ field: field.apiName, span: field.type === 'longText' ? 2 : 1 })),
    },
  ];
  return sections
    .map((section) => ({
      section,
      fields: section.fields.flatMap((placement) => {
        const field = byName.get(placement.field);
        return field && include(field) ? [{ field, span: placement.span }] : [];
      }),
    }))
    .filter((resolved) => resolved.fields.length > 0);
}
