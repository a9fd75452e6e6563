import { MergeCellsOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { MergeDialog } from './MergeDialog.tsx';

/** The 合并 / Merge button of an account, contact or lead page (update and delete needed). */
export function MergeAction({ object, record, onChanged }: RecordExtensionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can(object.apiName, 'update') || !can(object.apiName, 'delete')) return null;
  return (
    <>
      <Button icon={<MergeCellsOutlined />} onClick={() => setOpen(true)}>
        {t('duplicates.merge.action')}
      </Button>
      <MergeDialog
        object={object}
        survivor={record}
        open={open}
        onClose={() => setOpen(false)}
        onMerged={() => {
          setOpen(false);
          onChanged();
        }}
      />
    </>
  );
}
