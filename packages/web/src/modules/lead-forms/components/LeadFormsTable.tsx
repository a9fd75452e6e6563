import { Button, Empty, Popconfirm, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import type { LeadForm } from '../api/lead-forms.api.ts';

interface LeadFormsTableProps {
  forms: LeadForm[];
  loading: boolean;
  editable: boolean;
  onDelete: (form: LeadForm) => void;
  empty: ReactNode;
}

/** The web-to-lead forms: name (opens the editor), language, fields, allowed websites, status. */
export function LeadFormsTable({ forms, loading, editable, onDelete, empty }: LeadFormsTableProps) {
  const { t, i18n } = useTranslation();
  const columns: ColumnsType<LeadForm> = [
    {
      key: 'name',
      title: t('leadForms.columns.name'),
      render: (_, form) => <Link to={`/settings/lead-forms/${form.id}`}>{form.name}</Link>,
    },
    {
      key: 'language',
      title: t('leadForms.columns.language'),
      render: (_, form) => t(`leadForms.languages.${form.language}`),
    },
    { key: 'fields', title: t('leadForms.columns.fields'), render: (_, form) => form.fields.length },
    {
      key: 'origins',
      title: t('leadForms.columns.origins'),
      render: (_, form) =>
        form.allowedOrigins.length === 0 ? (
          <Typography.Text type="secondary">{t('leadForms.noOrigin')}</Typography.Text>
        ) : form.allowedOrigins.includes('*') ? (
          t('leadForms.anyOrigin')
        ) : (
          <Space size={[4, 4]} wrap>
            {form.allowedOrigins.map((origin) => (
              <Tag key={origin}>{origin}</Tag>
            ))}
          </Space>
        ),
    },
    {
      key: 'active',
      title: t('leadForms.columns.active'),
      render: (_, form) =>
        form.active ? (
          <Tag color="green">{t('leadForms.status.active')}</Tag>
        ) : (
          <Tag>{t('leadForms.status.inactive')}</Tag>
        ),
    },
    {
      key: 'updatedAt',
      title: t('leadForms.columns.updatedAt'),
      render: (_, form) => formatDateTime(form.updatedAt, i18n.language),
    },
    ...(editable
      ? [
          {
            key: 'actions',
            title: t('leadForms.columns.actions'),
            render: (_: unknown, form: LeadForm) => (
              <Space>
                <Link to={`/settings/lead-forms/${form.id}`}>{t('leadForms.edit')}</Link>
                <Popconfirm
                  title={t('leadForms.deleteConfirm', { name: form.name })}
                  onConfirm={() => onDelete(form)}
                >
                  <Button type="link" danger size="small">
                    {t('leadForms.delete')}
                  </Button>
                </Popconfirm>
              </Space>
            ),
          },
        ]
      : []),
  ];
  return (
    <Table<LeadForm>
      rowKey="id"
      columns={columns}
      dataSource={forms}
      loading={loading}
      pagination={false}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={empty} /> }}
    />
  );
}
