import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import type { AnchorObject } from '../api/timeline.api.ts';
import { Timeline } from './Timeline.tsx';

/** 动态 / Activity: the timeline of a contact, opportunity or lead. */
export function ActivityTab({ object, record }: RecordExtensionProps) {
  return <Timeline object={object.apiName as AnchorObject} recordId={record.id} />;
}
