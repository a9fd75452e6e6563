import { Descriptions, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Pool } from '../api/lead-pools.api.ts';

/** A pool's claim limits with where the viewer stands, and its recycle rules. */
export function PoolLimits({ pool }: { pool: Pool }) {
  const { t } = useTranslation();
  const none = t('leadPools.limits.none');
  const rules = [
    pool.noFollowUpDays !== null && t('leadPools.limits.noFollowUp', { days: pool.noFollowUpDays }),
    pool.notConvertedDays !== null && t('leadPools.limits.notConverted', { days: pool.notConvertedDays }),
    pool.recycleCondition !== null && t('leadPools.limits.condition'),
  ].filter(Boolean);
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, lg: 3 }} className="pool-limits">
      {pool.me.member && (
        <Descriptions.Item label={t('leadPools.limits.claimedToday')}>
          <span className="pool-limits__claimed">
            {pool.dailyClaimLimit === null
              ? pool.me.claimedToday
              : `${pool.me.claimedToday} / ${pool.dailyClaimLimit}`}
          </span>
        </Descriptions.Item>
      )}
      {pool.me.member && (
        <Descriptions.Item label={t('leadPools.limits.owned')}>
          {pool.maxOwnedLeads === null
            ? pool.me.ownedOpenLeads
            : `${pool.me.ownedOpenLeads} / ${pool.maxOwnedLeads}`}
        </Descriptions.Item>
      )}
      {pool.me.member && (
        <Descriptions.Item label={t('leadPools.limits.canClaim')}>
          {pool.me.canClaim === null ? (
            <Tag color="green">{t('leadPools.limits.unlimited')}</Tag>
          ) : (
            <Tag color={pool.me.canClaim > 0 ? 'green' : 'red'}>{pool.me.canClaim}</Tag>
          )}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('leadPools.limits.dailyClaimLimit')}>
        {pool.dailyClaimLimit ?? none}
      </Descriptions.Item>
      <Descriptions.Item label={t('leadPools.limits.cooldown')}>
        {t('leadPools.limits.days', { days: pool.reclaimCooldownDays })}
      </Descriptions.Item>
      <Descriptions.Item label={t('leadPools.limits.recycle')}>
        {rules.length ? rules.join('；') : none}
      </Descriptions.Item>
      {pool.reminderDays !== null && (
        <Descriptions.Item label={t('leadPools.limits.reminder')}>
          {t('leadPools.limits.days', { days: pool.reminderDays })}
        </Descriptions.Item>
      )}
      <Descriptions.Item label={t('leadPools.limits.members')}>
        {pool.members
          .map((member) => (member.isManager ? `${member.user.name}★` : member.user.name))
          .join('、') || none}
      </Descriptions.Item>
    </Descriptions>
  );
}
