import type { z } from 'zod';
import type { LayoutSchema } from './layout.schemas.ts';
import type { Layout } from './layout-model.ts';

/** A layout as the API shows it. */
export function presentLayout(layout: Layout): z.infer<typeof LayoutSchema> {
  return {
    sections: layout.sections.map((section) => ({
      key: section.key,
      label: { 'zh-CN': section.label['zh-CN'], en: section.label.en },
      columns: section.columns,
      roleIds: section.roleIds ? [...section.roleIds] : null,
      fields: section.fields.map((placement) => ({ field: placement.field, span: placement.span })),
    })),
  };
}
