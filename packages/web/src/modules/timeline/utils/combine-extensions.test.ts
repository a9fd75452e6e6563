import { describe, expect, it } from 'vitest';
import type { RecordData } from '../../records/api/records.api.ts';
import { combineExtensions } from './combine-extensions.ts';

const record = {
  id: 1,
  version: 1,
  createdAt: '',
  updatedAt: '',
  ownerId: null,
  status: 'signed',
} as RecordData;
const Tab = () => null;
const One = () => null;
const Two = () => null;

describe('combineExtensions', () => {
  it('joins tabs and locked fields, and edits only when every part allows it', () => {
    const combined = combineExtensions(
      {
        recordTabs: [{ key: 'a', label: () => 'A', Component: Tab }],
        lockedFields: () => ['amount'],
        editable: () => true,
      },
      {
        recordTabs: [{ key: 'b', label: () => 'B', Component: Tab, first: true }],
        lockedFields: (r) => (r.status === 'signed' ? ['terms'] : []),
        editable: (r) => r.status !== 'signed',
      },
    );
    expect(combined.recordTabs?.map((tab) => tab.key)).toEqual(['a', 'b']);
    expect(combined.lockedFields?.(record)).toEqual(['amount', 'terms']);
    expect(combined.editable?.(record)).toBe(false);
    expect(combined.RecordActions).toBeUndefined();
  });

  it('shows the header actions of every part', () => {
    const combined = combineExtensions({ RecordActions: One }, { RecordActions: Two }, {});
    const Actions = combined.RecordActions as (props: unknown) => Array<{ type: unknown }>;
    const rendered = Actions({ object: {}, record, onChanged: () => {} });
    expect(rendered.map((element) => element.type)).toEqual([One, Two]);
  });
});
