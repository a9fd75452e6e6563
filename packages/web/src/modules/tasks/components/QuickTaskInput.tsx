import { PlusOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Input, Select, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../../ui/server-errors.ts';
import { useCreateRecord } from '../../records/hooks/useCreateRecord.ts';
import { useInvalidateActivity } from '../../timeline/hooks/useInvalidateActivity.ts';

/** Quick create: a subject, optionally a due time and a priority, and Enter. */
export function QuickTaskInput() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const create = useCreateRecord('task');
  const invalidate = useInvalidateActivity();
  const [subject, setSubject] = useState('');
  const [dueAt, setDueAt] = useState<Dayjs | null>(null);
  const [priority, setPriority] = useState('normal');
  const submit = () => {
    if (!subject.trim()) return;
    create.mutate(
      { subject: subject.trim(), priority, ...(dueAt ? { dueAt: dueAt.toISOString() } : {}) },
      {
        onSuccess: () => {
          setSubject('');
          setDueAt(null);
          invalidate();
          message.success(t('tasks.created'));
        },
        onError: (error) => void message.error(errorMessage(error)),
      },
    );
  };
  return (
    <Space.Compact className="quick-task" style={{ width: '100%' }}>
      <Input
        value={subject}
        onChange={(event) => setSubject(event.target.value)}
        onPressEnter={submit}
        placeholder={t('tasks.quickPlaceholder')}
        aria-label={t('tasks.quickPlaceholder')}
        maxLength={200}
      />
      <DatePicker
        showTime={{ format: 'HH:mm' }}
        format="YYYY-MM-DD HH:mm"
        value={dueAt}
        onChange={setDueAt}
        placeholder={t('tasks.quickDue')}
        style={{ width: 200 }}
      />
      <Select
        value={priority}
        onChange={setPriority}
        style={{ width: 110 }}
        options={(['high', 'normal', 'low'] as const).map((value) => ({
          value,
          label: t(`tasks.priority.${value}`),
        }))}
        aria-label={t('tasks.priorityLabel')}
      />
      <Button type="primary" icon={<PlusOutlined />} onClick={submit} loading={create.isPending}>
        {t('tasks.add')}
      </Button>
    </Space.Compact>
  );
}
