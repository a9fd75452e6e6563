import type {
  FormNoticeProps,
  ObjectExtension,
  RecordExtensionProps,
} from '../modules/records/utils/object-extension.ts';

/**
 * One object's extensions from several features, as one: header actions, banners and form notices side by
 * side (in the order given), tabs, list views and locked fields together; a record is editable or deletable only when
 * every feature agrees.
 * @example opportunity: combineObjectExtensions(PIPELINE_EXTENSION, OPPORTUNITY_CONTRACT_EXTENSION)
 */
export function combineObjectExtensions(...extensions: ObjectExtension[]): ObjectExtension {
  const actions = extensions.flatMap((extension) =>
    extension.RecordActions ? [extension.RecordActions] : [],
  );
  const banners = extensions.flatMap((extension) => (extension.RecordBanner ? [extension.RecordBanner] : []));
  const notices = extensions.flatMap((extension) => (extension.FormNotice ? [extension.FormNotice] : []));
  const locks = extensions.flatMap((extension) => (extension.lockedFields ? [extension.lockedFields] : []));
  const editables = extensions.flatMap((extension) => (extension.editable ? [extension.editable] : []));
  const deletables = extensions.flatMap((extension) =>
    extension.deletable ? [extension.deletable] : extension.editable ? [extension.editable] : [],
  );
  const combined: ObjectExtension = {
    recordTabs: extensions.flatMap((extension) => extension.recordTabs ?? []),
    listViews: extensions.flatMap((extension) => extension.listViews ?? []),
  };
  if (actions.length > 0) {
    combined.RecordActions = (props: RecordExtensionProps) => (
      <>
        {actions.map((Actions, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed when the app starts
          <Actions key={index} {...props} />
        ))}
      </>
    );
  }
  if (banners.length > 0) {
    combined.RecordBanner = (props: RecordExtensionProps) => (
      <>
        {banners.map((Banner, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed when the app starts
          <Banner key={index} {...props} />
        ))}
      </>
    );
  }
  if (notices.length > 0) {
    combined.FormNotice = (props: FormNoticeProps) => (
      <>
        {notices.map((Notice, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the list is fixed when the app starts
          <Notice key={index} {...props} />
        ))}
      </>
    );
  }
  if (locks.length > 0)
    combined.lockedFields = (record) => [...new Set(locks.flatMap((lock) => lock(record)))];
  if (editables.length > 0) combined.editable = (record) => editables.every((editable) => editable(record));
  if (deletables.length > 0)
    combined.deletable = (record) => deletables.every((deletable) => deletable(record));
  return combined;
}
