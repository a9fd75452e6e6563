import { DeleteOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, Empty, Flex, Popconfirm, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useCan } from '../../modules/session/hooks/useCan.ts';
import type { TagGroup } from '../../modules/tags/api/tag-groups.api.ts';
import { TagGroupEditor } from '../../modules/tags/components/TagGroupEditor.tsx';
import { useDeleteTagGroup } from '../../modules/tags/hooks/useDeleteTagGroup.ts';
import { useTagGroups } from '../../modules/tags/hooks/useTagGroups.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { errorMessage } from '../../ui/server-errors.ts';

/** Settings → Tags: the tag groups that tags fields draw from, each with its coloured tags. */
export function TagGroupsPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const can = useCan();
  const editable = can('setting', 'update');
  const groups = useTagGroups();
  const remove = useDeleteTagGroup();
  const [editing, setEditing] = useState<{ group: TagGroup | null } | null>(null);

  const header = (
    <PageHeader
      title={t('settings.pages.tagGroups.title')}
      description={t('settings.pages.tagGroups.description')}
      extra={
        editable && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({ group: null })}>
            {t('tagGroups.new')}
          </Button>
        )
      }
    />
  );
  if (groups.isPending)
    return (
      <>
        {header}
        <PageSpin />
      </>
    );
  if (groups.isError) {
    return (
      <>
        {header}
        <QueryError error={groups.error} onRetry={() => void groups.refetch()} />
      </>
    );
  }
  const list = groups.data.data;
  return (
    <>
      {header}
      {list.length === 0 ? (
        <Card>
          <Empty description={t('tagGroups.empty')} />
        </Card>
      ) : (
        <Flex vertical gap={12}>
          {list.map((group) => (
            <Card
              key={group.id}
              size="small"
              title={
                <span>
                  {label(group.label)} <Typography.Text type="secondary">{group.key}</Typography.Text>
                </span>
              }
              extra={
                editable && (
                  <Flex gap={4}>
                    <Button
                      type="text"
                      icon={<EditOutlined />}
                      aria-label={t('tagGroups.editNamed', { name: label(group.label) })}
                      onClick={() => setEditing({ group })}
                    />
                    <Popconfirm
                      title={t('tagGroups.deleteConfirm', { name: label(group.label) })}
                      okText={t('common.delete')}
                      cancelText={t('common.cancel')}
                      okButtonProps={{ danger: true }}
                      onConfirm={() =>
                        remove.mutateAsync(group.id).then(
                          () => void message.success(t('tagGroups.deleted', { name: label(group.label) })),
                          (error: unknown) => void message.error(errorMessage(error)),
                        )
                      }
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={t('tagGroups.deleteNamed', { name: label(group.label) })}
                      />
                    </Popconfirm>
                  </Flex>
                )
              }
            >
              {group.tags.length === 0 ? (
                <Typography.Text type="secondary">{t('tagGroups.noTags')}</Typography.Text>
              ) : (
                group.tags.map((tag) => (
                  <Tag key={tag.key} color={tag.color ?? undefined}>
                    {label(tag.label)}
                  </Tag>
                ))
              )}
            </Card>
          ))}
        </Flex>
      )}
      {editing && <TagGroupEditor group={editing.group} open onClose={() => setEditing(null)} />}
    </>
  );
}
