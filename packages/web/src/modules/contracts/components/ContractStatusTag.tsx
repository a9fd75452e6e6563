import { Tag } from 'antd';
import { choicesOf } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';
import type { ContractStatus } from '../api/contracts.api.ts';
import { CONTRACT_STATUS_COLORS } from '../utils/contract-status.ts';

/** A contract status as a coloured tag, labelled as the metadata names it. */
export function ContractStatusTag({ status }: { status: ContractStatus }) {
  const label = useFieldLabel();
  const field = useObjectDefinition('contract').object?.fields.find((f) => f.apiName === 'status');
  const choice = field && choicesOf(field).find((c) => c.value === status);
  return (
    <Tag color={CONTRACT_STATUS_COLORS[status]} data-status={status}>
      {choice ? label(choice.label) : status}
    </Tag>
  );
}
