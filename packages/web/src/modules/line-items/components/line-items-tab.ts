import type { ComponentType } from 'react';
import type { ObjectExtension, RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { LineItemsEditor } from './LineItemsEditor.tsx';

/**
 * An object's extension with the lines tab added first (opportunity products, quote lines, contract lines);
 * `Component` replaces the plain editor when the object adds something to it (a quote's discount limit).
 */
export function withLineItemsTab(
  extension: ObjectExtension = {},
  Component: ComponentType<RecordExtensionProps> = LineItemsEditor,
): ObjectExtension {
  return {
    ...extension,
    recordTabs: [
      { key: 'lines', label: (t) => t('lineItems.tab'), Component, first: true },
      ...(extension.recordTabs ?? []),
    ],
  };
}
