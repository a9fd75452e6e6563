import { RightOutlined } from '@ant-design/icons';
import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MyDay } from '../api/tasks.api.ts';

/** For a manager: how many of the team's open tasks are due today and overdue. */
export function TeamTasksCard({ team }: { team: NonNullable<MyDay['team']> }) {
  const { t } = useTranslation();
  return (
    <Card
      title={t('workbench.teamTitle')}
      extra={
        <Link to="/o/task">
          {t('workbench.teamAll')} <RightOutlined />
        </Link>
      }
    >
      <Row gutter={16}>
        <Col span={12}>
          <Statistic title={t('workbench.teamToday')} value={team.today} />
        </Col>
        <Col span={12}>
          <Statistic
            title={t('workbench.teamOverdue')}
            value={team.overdue}
            valueStyle={team.overdue > 0 ? { color: '#cf1322' } : undefined}
          />
        </Col>
      </Row>
    </Card>
  );
}
