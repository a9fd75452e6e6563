import { SwapOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MergeAction } from '../../duplicates/components/MergeAction.tsx';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { isConverted } from '../utils/lead-status.ts';
import { ConvertLeadDialog } from './ConvertLeadDialog.tsx';

/** The lead page's actions: 转化 / Convert and 合并 / Merge, until the lead is converted. */
export function LeadActions(props: RecordExtensionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (isConverted(props.record)) return null;
  return (
    <>
      {can('lead', 'update') && (
        <Button type="primary" icon={<SwapOutlined />} onClick={() => setOpen(true)}>
          {t('leads.convert.action')}
        </Button>
      )}
      <MergeAction {...props} />
      <ConvertLeadDialog lead={props.record} open={open} onClose={() => setOpen(false)} />
    </>
  );
}
