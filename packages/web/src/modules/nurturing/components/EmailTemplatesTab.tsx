import { PlusOutlined } from '@ant-design/icons';
import { App, Button, Flex, Popconfirm, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../ui/format.ts';
import { QueryError } from '../../../ui/QueryError.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { EmailTemplate } from '../api/email.api.ts';
import { useDeleteEmailTemplate } from '../hooks/useDeleteEmailTemplate.ts';
import { useEmailTemplates } from '../hooks/useEmailTemplates.ts';
import { TemplateEditorDrawer } from './TemplateEditorDrawer.tsx';

/** 邮件模板: the templates with their language and subject, how many sequence steps use each; edit, delete. */
export function EmailTemplatesTab() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const templates = useEmailTemplates();
  const remove = useDeleteEmailTemplate();
  const [editing, setEditing] = useState<{ template: EmailTemplate | null } | null>(null);
  if (templates.isError)
    return <QueryError error={templates.error} onRetry={() => void templates.refetch()} />;
  return (
    <>
      <Flex justify="space-between" align="center" style={{ marginBottom: 16 }}>
        <Typography.Text type="secondary">{t('nurturing.templates.description')}</Typography.Text>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ template: null })}>
          {t('nurturing.templates.new')}
        </Button>
      </Flex>
      <Table<EmailTemplate>
        rowKey="id"
        size="middle"
        loading={templates.isPending}
        dataSource={templates.data ?? []}
        pagination={false}
        locale={{ emptyText: t('nurturing.templates.empty') }}
        columns={[
          {
            title: t('nurturing.templates.name'),
            render: (_, template) => (
              <Typography.Link onClick={() => setEditing({ template })}>{template.name}</Typography.Link>
            ),
          },
          {
            title: t('nurturing.templates.language'),
            width: 110,
            render: (_, template) => <Tag>{template.language === 'en' ? 'English' : '中文'}</Tag>,
          },
          { title: t('nurturing.templates.subject'), dataIndex: 'subject', ellipsis: true },
          {
            title: t('nurturing.templates.usedBy'),
            width: 120,
            render: (_, template) => t('nurturing.templates.steps', { count: template.usedBySteps }),
          },
          {
            title: t('common.updatedAt'),
            width: 170,
            render: (_, template) => formatDateTime(template.updatedAt, i18n.language),
          },
          {
            title: '',
            width: 150,
            render: (_, template) => (
              <Flex gap={8}>
                <Button size="small" onClick={() => setEditing({ template })}>
                  {t('common.edit')}
                </Button>
                <Popconfirm
                  title={t('nurturing.templates.confirmDelete', { name: template.name })}
                  onConfirm={async () => {
                    try {
                      await remove.mutateAsync(template.id);
                    } catch (error) {
                      message.error(errorMessage(error));
                    }
                  }}
                >
                  <Button size="small" danger disabled={template.usedBySteps > 0}>
                    {t('common.delete')}
                  </Button>
                </Popconfirm>
              </Flex>
            ),
          },
        ]}
      />
      {editing && <TemplateEditorDrawer template={editing.template} onClose={() => setEditing(null)} />}
    </>
  );
}
