import { Button, Card, Result } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { AREAS, type UpcomingArea } from '../app/navigation.tsx';
import { PageHeader } from '../ui/PageHeader.tsx';

/** An area a later release fills in: says what will be there. */
export function ComingSoonPage({ area }: { area: UpcomingArea }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const icon = AREAS.find((a) => a.area === area)?.icon;
  return (
    <>
      <PageHeader title={t(`areas.${area}.menu`)} description={t(`areas.${area}.summary`)} />
      <Card>
        <Result
          icon={<span className="coming-soon__icon">{icon}</span>}
          title={t('comingSoon.title', { area: t(`areas.${area}.menu`) })}
          subTitle={t(`areas.${area}.comingSoon`)}
          extra={
            <Button type="primary" onClick={() => navigate('/')}>
              {t('comingSoon.backHome')}
            </Button>
          }
        />
      </Card>
    </>
  );
}
