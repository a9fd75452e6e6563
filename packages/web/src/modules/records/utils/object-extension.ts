import type { TFunction } from 'i18next';
import type { ComponentType, ReactNode } from 'react';
import type { ObjectDefinition } from '../api/objects.api.ts';
import type { RecordData } from '../api/records.api.ts';

/** What an extension of the record page is given: the object, the record, and a way to reload it. */
export interface RecordExtensionProps {
  object: ObjectDefinition;
  record: RecordData;
  /** Reloads the record (after an action changed it). */
  onChanged: () => void;
}

/** What a view of the list page besides the table is given (the list's search and filter apply to it). */
export interface ListViewProps {
  object: ObjectDefinition;
  /** The list's `?q=`. */
  q: string | undefined;
  /** The list's `?filter=` (JSON). */
  filter: string | undefined;
}

/**
 * What a notice on the record form is given: the object and the record being edited (none when new). It is
 * rendered inside the form, so `Form.useWatch` reads what the user is typing.
 */
export interface FormNoticeProps {
  object: ObjectDefinition;
  record?: RecordData | undefined;
}

/**
 * What a feature adds to the generated pages of one object: business actions, tabs, list views, and which
 * fields a record's form locks. Features declare one per object in `app/object-extensions.ts`.
 */
export interface ObjectExtension {
  /** Buttons before Edit and Delete in the record page header (convert, submit, record a payment…). */
  RecordActions?: ComponentType<RecordExtensionProps>;
  /** Tabs of the record page; `first` ones come before Details (and the first of them opens). */
  recordTabs?: Array<{
    key: string;
    label: (t: TFunction) => string;
    Component: ComponentType<RecordExtensionProps>;
    first?: boolean;
  }>;
  /** Content above the record page's tabs (a stage bar, a lineage strip…). */
  RecordBanner?: ComponentType<RecordExtensionProps>;
  /** Views of the list page besides the table, e.g. a kanban. */
  listViews?: Array<{
    key: string;
    label: (t: TFunction) => string;
    icon: ReactNode;
    Component: ComponentType<ListViewProps>;
  }>;
  /** Fields the edit form shows read-only for this record (e.g. a submitted contract's key fields). */
  lockedFields?: (record: RecordData) => readonly string[];
  /** Content at the top of the create / edit form (a duplicate warning as the user types). */
  FormNotice?: ComponentType<FormNoticeProps>;
  /** Whether the record may be edited or deleted through the generic buttons (default: yes). */
  editable?: (record: RecordData) => boolean;
  /** Whether the generic Delete button shows (default: as `editable`), e.g. only for a draft contract. */
  deletable?: (record: RecordData) => boolean;
}
