import { createElement } from 'react';
import type { ObjectExtension, RecordExtensionProps } from '../../records/utils/object-extension.ts';

/**
 * One object's extension from the parts several features add to it: header actions side by side, tabs and
 * list views in turn, banners stacked; locked fields joined; editable only when every part agrees. Lets the
 * activity features add their tab and actions to an object another feature extends too.
 */
export function combineExtensions(...parts: ObjectExtension[]): ObjectExtension {
  const actions = parts.flatMap((part) => (part.RecordActions ? [part.RecordActions] : []));
  const banners = parts.flatMap((part) => (part.RecordBanner ? [part.RecordBanner] : []));
  const lockers = parts.flatMap((part) => (part.lockedFields ? [part.lockedFields] : []));
  const editables = parts.flatMap((part) => (part.editable ? [part.editable] : []));
  const combined: ObjectExtension = {
    recordTabs: parts.flatMap((part) => part.recordTabs ?? []),
    listViews: parts.flatMap((part) => part.listViews ?? []),
  };
  if (actions.length > 0)
    combined.RecordActions = (props: RecordExtensionProps) =>
      actions.map((Component, index) => createElement(Component, { key: index, ...props }));
  if (banners.length > 0)
    combined.RecordBanner = (props: RecordExtensionProps) =>
      banners.map((Component, index) => createElement(Component, { key: index, ...props }));
  if (lockers.length > 0) combined.lockedFields = (record) => lockers.flatMap((locked) => locked(record));
  if (editables.length > 0) combined.editable = (record) => editables.every((editable) => editable(record));
  return combined;
}
