import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Checkbox, Flex, Form, TimePicker } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { SettingsSaveButton, useSettingsForm } from '../../../ui/useSettingsForm.tsx';
import type { BusinessCalendar } from '../api/business-calendar.api.ts';
import { useUpdateBusinessCalendar } from '../hooks/useUpdateBusinessCalendar.ts';
import { DatedNameList } from './DatedNameList.tsx';

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
const byDate = (a: { date: string }, b: { date: string }) => a.date.localeCompare(b.date);

/** Working days and hours, public holidays and adjusted working days, saved together. */
export function BusinessCalendarForm({
  calendar,
  editable,
}: {
  calendar: BusinessCalendar;
  editable: boolean;
}) {
  const { t } = useTranslation();
  const update = useUpdateBusinessCalendar();
  const { form, formError, save: saveSettings } = useSettingsForm(update, t('businessCalendar.saved'));
  const save = (values: BusinessCalendar) =>
    saveSettings(
      {
        weekdays: [...values.weekdays].sort(),
        hours: values.hours,
        holidays: [...(values.holidays ?? [])].sort(byDate),
        workdays: [...(values.workdays ?? [])].sort(byDate),
      },
      (saved) => form.setFieldsValue(saved),
    );
  return (
    <Form<BusinessCalendar>
      form={form}
      layout="vertical"
      name="businessCalendar"
      initialValues={calendar}
      onFinish={save}
      disabled={!editable}
    >
      <FormErrorAlert message={formError} />
      <Flex vertical gap={16} style={{ maxWidth: 760 }}>
        <Card title={t('businessCalendar.workingTime')}>
          <Form.Item name="weekdays" label={t('businessCalendar.weekdays')}>
            <Checkbox.Group
              options={WEEKDAYS.map((day) => ({ value: day, label: t(`businessCalendar.weekday.${day}`) }))}
            />
          </Form.Item>
          <Form.Item label={t('businessCalendar.hours')} extra={t('businessCalendar.hoursHint')} required>
            <Form.List name="hours">
              {(rows, { add, remove }) => (
                <Flex vertical gap={8}>
                  {rows.map((row) => (
                    <Flex key={row.key} gap={8}>
                      <Form.Item
                        name={row.name}
                        style={{ marginBottom: 0 }}
                        rules={[{ required: true, message: t('validation.required') }]}
                        getValueProps={(range: { start: string; end: string } | undefined) => ({
                          value: range ? [dayjs(range.start, 'HH:mm'), dayjs(range.end, 'HH:mm')] : undefined,
                        })}
                        normalize={(value: [Dayjs, Dayjs] | null) =>
                          value
                            ? { start: value[0].format('HH:mm'), end: value[1].format('HH:mm') }
                            : undefined
                        }
                      >
                        <TimePicker.RangePicker format="HH:mm" minuteStep={5} order />
                      </Form.Item>
                      {rows.length > 1 && (
                        <Button
                          type="text"
                          icon={<DeleteOutlined />}
                          aria-label={t('common.delete')}
                          onClick={() => remove(row.name)}
                        />
                      )}
                    </Flex>
                  ))}
                  {rows.length < 6 && (
                    <Button icon={<PlusOutlined />} onClick={() => add()} style={{ width: 'fit-content' }}>
                      {t('businessCalendar.addHours')}
                    </Button>
                  )}
                </Flex>
              )}
            </Form.List>
          </Form.Item>
        </Card>
        <Card title={t('businessCalendar.holidays')} extra={t('businessCalendar.holidaysHint')}>
          <DatedNameList name="holidays" addLabel={t('businessCalendar.addHoliday')} />
        </Card>
        <Card title={t('businessCalendar.workdays')} extra={t('businessCalendar.workdaysHint')}>
          <DatedNameList name="workdays" addLabel={t('businessCalendar.addWorkday')} />
        </Card>
        <SettingsSaveButton editable={editable} pending={update.isPending} />
      </Flex>
    </Form>
  );
}
