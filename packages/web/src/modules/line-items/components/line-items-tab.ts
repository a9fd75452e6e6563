import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { LineItemsEditor } from './LineItemsEditor.tsx';

/** An object's extension with the lines tab added (opportunity products, quote lines, contract lines). */
export function withLineItemsTab(extension: ObjectExtension = {}): ObjectExtension {
  return {
    ...extension,
    recordTabs: [
      { key: 'lines', label: (t) => t('lineItems.tab'), Component: LineItemsEditor, first: true },
      ...(extension.recordTabs ?? []),
    ],
  };
}
