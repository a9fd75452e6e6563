import { DatePicker, Flex, Select } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { DepartmentTreeSelect } from '../../departments/components/DepartmentTreeSelect.tsx';
import { usePipelines } from '../../pipelines/hooks/usePipelines.ts';
import { useCan } from '../../session/hooks/useCan.ts';
import { UserSelect } from '../../users/components/UserSelect.tsx';
import type { ReportFilter } from '../api/sales-reports.api.ts';
import { type PeriodPreset, presetPeriod } from '../utils/period-presets.ts';

interface ReportFiltersProps {
  value: ReportFilter;
  onChange: (filter: ReportFilter) => void;
  preset: PeriodPreset;
  onPresetChange: (preset: PeriodPreset) => void;
  /** The funnel is of one pipeline (the default when none is picked); the forecast may span them all. */
  pipelineRequired: boolean;
  /** The funnel looks back (and may cover all time); the forecast looks ahead over a period. */
  allowAllTime: boolean;
}

/**
 * The filters of a sales report: pipeline, owner, department (and below) and period. The owner and
 * department pickers show only to those who may list users and departments; the server narrows every
 * figure to the viewer's data scope whatever is picked.
 */
export function ReportFilters({
  value,
  onChange,
  preset,
  onPresetChange,
  pipelineRequired,
  allowAllTime,
}: ReportFiltersProps) {
  const { t } = useTranslation();
  const can = useCan();
  const pipelines = usePipelines();
  const presets: PeriodPreset[] = allowAllTime
    ? ['thisMonth', 'thisQuarter', 'thisYear', 'last12Months', 'allTime', 'custom']
    : ['thisMonth', 'thisQuarter', 'thisYear', 'next12Months', 'custom'];
  const set = (changes: Partial<ReportFilter>) => onChange({ ...value, ...changes });
  return (
    <Flex gap={8} wrap align="center" className="report-filters">
      <Select<number>
        style={{ minWidth: 200 }}
        aria-label={t('salesReports.filters.pipeline')}
        placeholder={
          pipelineRequired
            ? t('salesReports.filters.defaultPipeline')
            : t('salesReports.filters.allPipelines')
        }
        allowClear
        value={value.pipelineId}
        onChange={(pipelineId) => set({ pipelineId })}
        loading={pipelines.isPending}
        options={(pipelines.data ?? []).map((p) => ({ value: p.id, label: p.name }))}
      />
      {can('user', 'read') && (
        <UserSelect
          style={{ minWidth: 180 }}
          aria-label={t('salesReports.filters.owner')}
          placeholder={t('salesReports.filters.allOwners')}
          value={value.ownerId}
          onChange={(ownerId) => set({ ownerId: ownerId ?? undefined })}
        />
      )}
      {can('department', 'read') && (
        <DepartmentTreeSelect
          style={{ minWidth: 180 }}
          aria-label={t('salesReports.filters.department')}
          placeholder={t('salesReports.filters.allDepartments')}
          value={value.departmentId}
          onChange={(departmentId) => set({ departmentId: departmentId ?? undefined })}
        />
      )}
      <Select<PeriodPreset>
        style={{ minWidth: 140 }}
        aria-label={t('salesReports.filters.period')}
        value={preset}
        onChange={(next) => {
          onPresetChange(next);
          if (next !== 'custom') {
            const period = presetPeriod(next);
            set({ from: period?.from, to: period?.to });
          }
        }}
        options={presets.map((p) => ({ value: p, label: t(`salesReports.periods.${p}`) }))}
      />
      {preset === 'custom' && (
        <DatePicker.RangePicker
          picker="month"
          allowClear={false}
          aria-label={t('salesReports.filters.months')}
          value={value.from && value.to ? [dayjs(`${value.from}-01`), dayjs(`${value.to}-01`)] : null}
          onChange={(range) => {
            const [from, to] = range ?? [];
            if (from && to) set({ from: from.format('YYYY-MM'), to: to.format('YYYY-MM') });
          }}
        />
      )}
    </Flex>
  );
}
