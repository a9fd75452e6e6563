import { Card, Flex, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatDuration } from '../../../ui/format.ts';
import { usePools } from '../../lead-pools/hooks/usePools.ts';
import { isConverted } from '../../leads/utils/lead-status.ts';
import { useLeadNurturing } from '../../nurturing/hooks/useLeadNurturing.ts';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { type ResponseStanding, responseStandingOf } from '../utils/response-standing.ts';

/** How often the countdown is redrawn. */
const TICK_MS = 15_000;

/** The current time, redrawn every `TICK_MS`. */
function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);
  return now;
}

/** The name of the pool an unowned lead waits in, once known (the lead's standing and the pools' names). */
function usePoolName(leadId: number, wanted: boolean): string | null {
  const standing = useLeadNurturing(leadId, { enabled: wanted });
  const pools = usePools({ enabled: wanted && typeof standing.data?.poolId === 'number' });
  const poolId = standing.data?.poolId;
  return pools.data?.find((pool) => pool.id === poolId)?.name ?? null;
}

const COLORS: Record<ResponseStanding['kind'], string> = {
  dueIn: 'orange',
  overdue: 'red',
  late: 'volcano',
  met: 'green',
};

/**
 * At the top of an open lead's page: who owns it (or that it waits in a pool) and where its first response
 * stands — the time left to the deadline (黄金5分钟), how late it is, or how long the answer took.
 */
export function LeadStandingBanner({ record }: RecordExtensionProps) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const pooled = record.ownerId === null || record.ownerId === undefined;
  const poolName = usePoolName(record.id, pooled && !isConverted(record));
  if (isConverted(record)) return null;
  const owner = typeof record['owner.name'] === 'string' ? record['owner.name'] : null;
  const standing = responseStandingOf(record, now);
  const text = (value: ResponseStanding) => {
    switch (value.kind) {
      case 'dueIn':
        return t('leadResponse.standing.dueIn', {
          left: formatDuration(value.minutesLeft, t),
          at: formatDateTime(value.dueAt, i18n.language),
        });
      case 'overdue':
        return t('leadResponse.standing.overdue', {
          late: formatDuration(value.minutesLate, t),
          at: formatDateTime(value.dueAt, i18n.language),
        });
      case 'late':
        return t('leadResponse.standing.late', { took: formatDuration(value.minutes, t) });
      case 'met':
        return t('leadResponse.standing.met', { took: formatDuration(value.minutes, t) });
    }
  };
  return (
    <Card size="small" className="lead-standing" style={{ marginBottom: 16 }}>
      <Flex gap={32} wrap align="center">
        <span>
          <Typography.Text type="secondary">{t('leadResponse.standing.owner')}</Typography.Text>{' '}
          {pooled ? (
            <Tag>
              {poolName
                ? t('leadResponse.standing.inPool', { pool: poolName })
                : t('leadResponse.standing.pooled')}
            </Tag>
          ) : (
            <Typography.Text strong>{owner ?? `#${String(record.ownerId)}`}</Typography.Text>
          )}
        </span>
        {standing && (
          <span>
            <Typography.Text type="secondary">{t('leadResponse.standing.firstResponse')}</Typography.Text>{' '}
            <Tag color={COLORS[standing.kind]} className={`lead-standing__response--${standing.kind}`}>
              {text(standing)}
            </Tag>
          </span>
        )}
      </Flex>
    </Card>
  );
}
