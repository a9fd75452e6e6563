import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, DatePicker, Flex, Form, Input } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';

/** A form list of dated names (holidays, adjusted working days): a date picker and a name per row. */
export function DatedNameList({ name, addLabel }: { name: 'holidays' | 'workdays'; addLabel: string }) {
  const { t } = useTranslation();
  return (
    <Form.List name={name}>
      {(rows, { add, remove }) => (
        <Flex vertical gap={8}>
          {rows.map((row) => (
            <Flex key={row.key} gap={8} align="start">
              <Form.Item
                name={[row.name, 'date']}
                rules={[{ required: true, message: t('validation.required') }]}
                getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
                normalize={(value: Dayjs | null) => value?.format('YYYY-MM-DD')}
                style={{ marginBottom: 0 }}
              >
                <DatePicker aria-label={t('businessCalendar.date')} />
              </Form.Item>
              <Form.Item
                name={[row.name, 'name']}
                rules={[{ required: true, whitespace: true, message: t('validation.required') }]}
                style={{ marginBottom: 0, flex: 1, maxWidth: 280 }}
              >
                <Input aria-label={t('businessCalendar.name')} maxLength={60} />
              </Form.Item>
              <Button
                type="text"
                icon={<DeleteOutlined />}
                aria-label={t('common.delete')}
                onClick={() => remove(row.name)}
              />
            </Flex>
          ))}
          <Button
            icon={<PlusOutlined />}
            onClick={() => add({ date: undefined, name: '' })}
            style={{ width: 'fit-content' }}
          >
            {addLabel}
          </Button>
        </Flex>
      )}
    </Form.List>
  );
}
