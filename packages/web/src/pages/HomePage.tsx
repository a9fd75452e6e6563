import {
  BankOutlined,
  CalendarOutlined,
  CustomerServiceOutlined,
  FundOutlined,
  FunnelPlotOutlined,
  LineChartOutlined,
  RightOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { Action } from '@lodestar/shared';
import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { allowedAreas, allowedSettingsPages } from '../app/navigation.tsx';
import { useCan } from '../modules/session/hooks/useCan.ts';
import { useCurrentUser } from '../modules/session/hooks/useCurrentUser.ts';
import { useRoleName } from '../modules/session/hooks/useRoleName.ts';
import { MyDayCard } from '../modules/tasks/components/MyDayCard.tsx';
import { TeamTasksCard } from '../modules/tasks/components/TeamTasksCard.tsx';
import { useMyDay } from '../modules/tasks/hooks/useMyDay.ts';
import { formatDate, hourInDisplayZone } from '../ui/format.ts';

function greetingKey(hour: number) {
  if (hour < 6) return 'home.greeting.night' as const;
  if (hour < 12) return 'home.greeting.morning' as const;
  if (hour < 18) return 'home.greeting.afternoon' as const;
  return 'home.greeting.evening' as const;
}

interface QuickLink {
  key: 'newLead' | 'newAccount' | 'newOpportunity' | 'newTicket' | 'myTasks' | 'funnel' | 'forecast';
  path: string;
  icon: ReactNode;
  needs: [object: string, action: Action];
}

/** Shortcuts to what a rep does most, and the reports a manager reads; each shown only with its permission. */
const QUICK_LINKS: QuickLink[] = [
  { key: 'newLead', path: '/o/lead/new', icon: <ThunderboltOutlined />, needs: ['lead', 'create'] },
  { key: 'newAccount', path: '/o/account/new', icon: <BankOutlined />, needs: ['account', 'create'] },
  {
    key: 'newOpportunity',
    path: '/o/opportunity/new',
    icon: <FundOutlined />,
    needs: ['opportunity', 'create'],
  },
  { key: 'newTicket', path: '/o/ticket/new', icon: <CustomerServiceOutlined />, needs: ['ticket', 'create'] },
  { key: 'myTasks', path: '/tasks', icon: <CalendarOutlined />, needs: ['task', 'read'] },
  { key: 'funnel', path: '/reports/funnel', icon: <FunnelPlotOutlined />, needs: ['opportunity', 'read'] },
  { key: 'forecast', path: '/reports/forecast', icon: <LineChartOutlined />, needs: ['opportunity', 'read'] },
];

/**
 * 工作台: greets the user with today's numbers (due today, overdue, follow-ups), lists their day to work
 * through (tick tasks off, add one), and leads to their most used pages and the business areas.
 */
export function HomePage() {
  const { t, i18n } = useTranslation();
  const me = useCurrentUser();
  const can = useCan();
  const roleName = useRoleName();
  const hasTasks = can('task', 'read');
  const day = useMyDay(hasTasks);
  const adminPages = allowedSettingsPages(can);
  const areas = allowedAreas(can).filter((area) => area.area !== 'dashboard');
  const links = QUICK_LINKS.filter((link) => can(...link.needs));
  const counts = day.data?.counts;
  const figures = [
    { key: 'todayCount', value: counts?.today, to: '/tasks?tab=today', danger: false },
    {
      key: 'overdueCount',
      value: counts?.overdue,
      to: '/tasks?tab=overdue',
      danger: (counts?.overdue ?? 0) > 0,
    },
    { key: 'followUpCount', value: counts?.followUps, to: '/tasks', danger: false },
  ] as const;

  return (
    <>
      <Card className="home-hero" variant="borderless">
        <Row gutter={[24, 16]} align="middle">
          <Col xs={24} lg={12}>
            <Typography.Text type="secondary">{formatDate(new Date(), i18n.language)}</Typography.Text>
            <Typography.Title level={2} style={{ margin: '4px 0 8px' }}>
              {t(greetingKey(hourInDisplayZone()), { name: me.name })}
            </Typography.Title>
            <Flex gap={4} wrap>
              {me.department && <Tag>{me.department.name}</Tag>}
              {me.roles.map((role) => (
                <Tag key={role.id} color={role.key === 'admin' ? 'gold' : 'blue'}>
                  {roleName(role)}
                </Tag>
              ))}
            </Flex>
          </Col>
          {hasTasks && (
            <Col xs={24} lg={12}>
              <Row gutter={16}>
                {figures.map((figure) => (
                  <Col key={figure.key} span={8}>
                    <Link to={figure.to} className="home-figure">
                      <Statistic
                        title={t(`workbench.${figure.key}`)}
                        value={figure.value ?? '—'}
                        valueStyle={figure.danger ? { color: '#cf1322' } : undefined}
                      />
                    </Link>
                  </Col>
                ))}
              </Row>
            </Col>
          )}
        </Row>
      </Card>

      <Row gutter={[16, 16]} style={{ marginTop: 16 }}>
        {hasTasks && (
          <Col xs={24} xl={16}>
            <MyDayCard day={day} />
          </Col>
        )}
        <Col xs={24} xl={hasTasks ? 8 : 24}>
          {day.data?.team && <TeamTasksCard team={day.data.team} />}
          <Card title={t('workbench.quickLinks')} style={day.data?.team ? { marginTop: 16 } : undefined}>
            <Row gutter={[8, 8]}>
              {links.map((link) => (
                <Col key={link.key} xs={12} xl={hasTasks ? 12 : 6}>
                  <Link to={link.path} className="quick-link">
                    <span className="quick-link__icon">{link.icon}</span>
                    <span>{t(`workbench.${link.key}`)}</span>
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        </Col>
      </Row>

      <Typography.Title level={5} className="section-title">
        {t('home.areasTitle')}
      </Typography.Title>
      <Row gutter={[16, 16]}>
        {areas.map((area) => (
          <Col key={area.path} xs={24} sm={12} xl={8}>
            <Link to={area.path} className="area-card-link">
              <Card hoverable className="area-card">
                <Flex gap={14} align="flex-start">
                  <span className={`area-card__icon area-card__icon--${area.area}`}>{area.icon}</span>
                  <div className="area-card__text">
                    <Typography.Text strong>{t(`areas.${area.area}.menu`)}</Typography.Text>
                    <Typography.Paragraph
                      type="secondary"
                      ellipsis={{ rows: 2 }}
                      style={{ margin: '4px 0 0' }}
                    >
                      {t(`areas.${area.area}.summary`)}
                    </Typography.Paragraph>
                  </div>
                </Flex>
              </Card>
            </Link>
          </Col>
        ))}
      </Row>

      {adminPages.length > 0 && (
        <>
          <Typography.Title level={5} className="section-title">
            {t('home.adminTitle')}
          </Typography.Title>
          <Card>
            <Row gutter={[16, 8]}>
              {adminPages.map((page) => (
                <Col key={page.path} xs={24} md={12} xl={8}>
                  <Link to={page.path} className="admin-link">
                    <span className="admin-link__icon">{page.icon}</span>
                    <span className="admin-link__text">
                      <Typography.Text strong>{t(`settings.pages.${page.page}.menu`)}</Typography.Text>
                      <Typography.Text type="secondary" ellipsis>
                        {t(`settings.pages.${page.page}.description`)}
                      </Typography.Text>
                    </span>
                    <RightOutlined className="admin-link__arrow" />
                  </Link>
                </Col>
              ))}
            </Row>
          </Card>
        </>
      )}
    </>
  );
}
