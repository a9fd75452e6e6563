import { FileAddOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Form, Input, Modal, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { applyServerErrors } from '../../../ui/server-errors.ts';
import { useLineItems } from '../../line-items/hooks/useLineItems.ts';
import type { RecordData } from '../../records/api/records.api.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { useCreateQuoteFromOpportunity } from '../hooks/useCreateQuoteFromOpportunity.ts';
import { useQuoteSettings } from '../hooks/useQuoteSettings.ts';

interface NewQuoteForm {
  name: string;
  validUntil: Dayjs | null;
}

/**
 * 新建报价 on an opportunity: a dialog with the quote's subject and validity (from the company's default),
 * saying what is copied (customer, contact, price list, lines); the new draft opens at once.
 */
export function NewQuoteButton({ record }: RecordExtensionProps) {
  const { t } = useTranslation();
  const can = useCan();
  const [open, setOpen] = useState(false);
  if (!can('quote', 'create')) return null;
  return (
    <>
      <Button icon={<FileAddOutlined />} onClick={() => setOpen(true)} data-action="new-quote">
        {t('quotes.newFromOpportunity')}
      </Button>
      {open && <NewQuoteDialog opportunity={record} onClose={() => setOpen(false)} />}
    </>
  );
}

function NewQuoteDialog({ opportunity, onClose }: { opportunity: RecordData; onClose: () => void }) {
  const opportunityId = opportunity.id;
  const name = String(opportunity.name ?? '');
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<NewQuoteForm>();
  const [formError, setFormError] = useState<string | null>(null);
  const settings = useQuoteSettings();
  const lines = useLineItems('opportunity', opportunityId, opportunity.version);
  const create = useCreateQuoteFromOpportunity(opportunityId);
  const validityDays = settings.data?.defaultValidityDays ?? 30;
  const lineCount = lines.data?.lines.length ?? 0;

  const submit = async (values: NewQuoteForm) => {
    setFormError(null);
    try {
      const quote = await create.mutateAsync({
        name: values.name.trim(),
        ...(values.validUntil ? { validUntil: values.validUntil.format('YYYY-MM-DD') } : {}),
      });
      message.success(t('quotes.new.created', { number: String(quote.number ?? '') }));
      onClose();
      navigate(`/o/quote/${quote.id}`);
    } catch (error) {
      setFormError(applyServerErrors(form, error));
    }
  };

  return (
    <Modal
      open
      title={t('quotes.new.title')}
      okText={t('quotes.new.ok')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <Typography.Paragraph type="secondary">
        {lineCount > 0 ? t('quotes.new.copies', { count: lineCount }) : t('quotes.new.copiesNoLines')}
      </Typography.Paragraph>
      <FormErrorAlert message={formError} />
      <Form<NewQuoteForm>
        form={form}
        layout="vertical"
        requiredMark="optional"
        initialValues={{ name: t('quotes.new.defaultName', { name }), validUntil: null }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item
          name="name"
          label={t('quotes.new.name')}
          rules={[{ required: true, whitespace: true, message: t('quotes.new.nameRequired') }, { max: 200 }]}
        >
          <Input />
        </Form.Item>
        <Form.Item
          name="validUntil"
          label={t('quotes.new.validUntil')}
          extra={t('quotes.new.validUntilHint', { days: validityDays })}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isBefore(dayjs(), 'day')}
            placeholder={t('quotes.new.validUntilPlaceholder')}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
