import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { EngagedButton } from './EngagedButton.tsx';
import { SendEmailAction } from './SendEmailAction.tsx';

/** The lead page's email actions: 发送邮件, and 有意向 while the lead waits in a pool. */
export function LeadNurturingActions(props: RecordExtensionProps) {
  const { record, onChanged } = props;
  const pooled = record.ownerId === null && record.status !== 'converted' && record.status !== 'unqualified';
  return (
    <>
      <SendEmailAction {...props} />
      {pooled && (
        <EngagedButton leadId={record.id} name={String(record.name ?? `#${record.id}`)} onDone={onChanged} />
      )}
    </>
  );
}
