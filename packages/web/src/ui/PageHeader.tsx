import { Flex, Typography } from 'antd';
import type { ReactNode } from 'react';

interface PageHeaderProps {
  title: ReactNode;
  description?: ReactNode;
  /** Primary and secondary actions, right-aligned. */
  extra?: ReactNode;
  /** Shown above the title, e.g. a back link. */
  breadcrumb?: ReactNode;
}

/** The title row every page starts with: title, one sentence of context, and the page's actions. */
export function PageHeader({ title, description, extra, breadcrumb }: PageHeaderProps) {
  return (
    <div className="page-header">
      {breadcrumb && <div className="page-header__breadcrumb">{breadcrumb}</div>}
      <Flex justify="space-between" align="flex-start" gap={16} wrap>
        <div className="page-header__text">
          <Typography.Title level={3} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          {description && (
            <Typography.Text type="secondary" className="page-header__description">
              {description}
            </Typography.Text>
          )}
        </div>
        {extra && (
          <Flex gap={8} wrap className="page-header__extra">
            {extra}
          </Flex>
        )}
      </Flex>
    </div>
  );
}
