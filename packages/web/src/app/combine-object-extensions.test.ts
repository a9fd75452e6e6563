import { describe, expect, it } from 'vitest';
import type { RecordData } from '../modules/records/api/records.api.ts';
import type { ObjectExtension } from '../modules/records/utils/object-extension.ts';
import { combineObjectExtensions } from './combine-object-extensions.tsx';

const record = (status: string): RecordData => ({
  id: 1,
  version: 1,
  createdAt: '',
  updatedAt: '',
  ownerId: 1,
  status,
});
const Nothing = () => null;

describe('combineObjectExtensions', () => {
  it('keeps every feature’s tabs and locked fields, and edits or deletes only when all agree', () => {
    const stages: ObjectExtension = {
      RecordBanner: Nothing,
      recordTabs: [{ key: 'stages', label: () => 'Stages', Component: Nothing }],
      lockedFields: (r) => (r.status === 'won' ? ['stage'] : []),
      editable: (r) => r.status !== 'lost',
    };
    const contracts: ObjectExtension = {
      RecordActions: Nothing,
      RecordBanner: Nothing,
      lockedFields: (r) => (r.status === 'won' ? ['amount', 'stage'] : []),
      deletable: (r) => r.status === 'open',
    };
    const combined = combineObjectExtensions(stages, contracts);
    expect(combined.recordTabs?.map((tab) => tab.key)).toEqual(['stages']);
    expect(combined.RecordActions).toBeTypeOf('function');
    expect(combined.RecordBanner).toBeTypeOf('function');
    expect(combined.lockedFields?.(record('won'))).toEqual(['stage', 'amount']);
    expect(combined.editable?.(record('lost'))).toBe(false);
    expect(combined.editable?.(record('won'))).toBe(true);
    expect(combined.deletable?.(record('open'))).toBe(true);
    expect(combined.deletable?.(record('won'))).toBe(false);
    expect(combined.deletable?.(record('lost'))).toBe(false);
  });

  it('adds nothing a feature did not ask for', () => {
    const combined = combineObjectExtensions({ recordTabs: [] });
    expect(combined.RecordActions).toBeUndefined();
    expect(combined.RecordBanner).toBeUndefined();
    expect(combined.lockedFields).toBeUndefined();
    expect(combined.editable).toBeUndefined();
    expect(combined.deletable).toBeUndefined();
  });
});
