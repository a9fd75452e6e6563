import {
  BankOutlined,
  CheckSquareOutlined,
  ContactsOutlined,
  CustomerServiceOutlined,
  DeleteOutlined,
  FileProtectOutlined,
  FileTextOutlined,
  FundOutlined,
  MailOutlined,
  MessageOutlined,
  MoneyCollectOutlined,
  ProfileOutlined,
  RollbackOutlined,
  SendOutlined,
  ThunderboltOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';
import type { TimelineEntry } from '../api/timeline.api.ts';

const OBJECT_ICONS: Record<string, ReactNode> = {
  account: <BankOutlined />,
  contact: <ContactsOutlined />,
  opportunity: <FundOutlined />,
  lead: <ThunderboltOutlined />,
  followUp: <MessageOutlined />,
  task: <CheckSquareOutlined />,
  ticket: <CustomerServiceOutlined />,
  quote: <FileTextOutlined />,
  contract: <FileProtectOutlined />,
  payment: <MoneyCollectOutlined />,
};

const OBJECT_COLORS: Record<string, string> = {
  followUp: 'blue',
  task: 'cyan',
  ticket: 'orange',
  opportunity: 'purple',
  quote: 'geekblue',
  contract: 'gold',
  payment: 'green',
};

/** The icon and colour of a timeline entry: by what was written, and grey for deletions. */
export function entryAppearance(entry: TimelineEntry): { icon: ReactNode; color: string } {
  if (entry.kind === 'event') {
    const code = entry.event?.code ?? '';
    if (code === 'email.failed') return { icon: <MailOutlined />, color: 'red' };
    if (code.startsWith('email.')) return { icon: <MailOutlined />, color: 'geekblue' };
    return { icon: <SendOutlined />, color: code === 'nurture.handedBack' ? 'green' : 'gray' };
  }
  if (entry.kind === 'deleted') return { icon: <DeleteOutlined />, color: 'red' };
  if (entry.kind === 'restored') return { icon: <RollbackOutlined />, color: 'gray' };
  return {
    icon: OBJECT_ICONS[entry.source.object] ?? <ProfileOutlined />,
    color: OBJECT_COLORS[entry.source.object] ?? 'gray',
  };
}
