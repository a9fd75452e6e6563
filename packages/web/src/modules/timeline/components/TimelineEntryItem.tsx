import { ArrowRightOutlined } from '@ant-design/icons';
import { Flex, Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../../ui/format.ts';
import { formatRelativeTime } from '../../notifications/utils/relative-time.ts';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import { choicesOf } from '../../records/components/FieldValue.tsx';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import type {
  TimelineChange,
  TimelineEntry,
  TimelineEventKey,
  TimelineEventReason,
  TimelineRefs,
} from '../api/timeline.api.ts';
import { ChangeValue } from './ChangeValue.tsx';

/** Most field changes an update shows before "and N more". */
const MAX_CHANGES = 6;

/** Fields the headline or the body of a created entry already show, or that say nothing to a reader. */
const QUIET_FIELDS = new Set(['ownerId', 'status', 'priority', 'occurredAt', 'completedAt', 'resolvedAt']);

interface EntryProps {
  entry: TimelineEntry;
  refs: TimelineRefs;
  /** The definition of the written record's object (undefined when the viewer's metadata lacks it). */
  object: ObjectDefinition | undefined;
}

const newValueOf = (entry: TimelineEntry, field: string) =>
  entry.changes.find((change) => change.field === field)?.newValue;

/** A select value of the entry's record as its choice label. */
function useChoiceLabel(object: ObjectDefinition | undefined) {
  const label = useFieldLabel();
  return (field: string, value: unknown) => {
    const definition = object?.fields.find((f) => f.apiName === field);
    const choice = definition && choicesOf(definition).find((c) => c.value === value);
    return choice ? label(choice.label) : String(value ?? '');
  };
}

/** One field change, `label: old → new`. */
function ChangeLine({
  change,
  refs,
  object,
}: {
  change: TimelineChange;
  refs: TimelineRefs;
  object?: ObjectDefinition;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const field = object?.fields.find((f) => f.apiName === change.field);
  const name = field ? label(field.label) : change.field === 'ownerId' ? t('records.owner') : change.field;
  return (
    <div className="timeline-entry__change">
      <Typography.Text type="secondary">{t('timeline.labelled', { label: name })}</Typography.Text>
      <ChangeValue field={field} fieldName={change.field} value={change.oldValue} refs={refs} />
      <ArrowRightOutlined className="timeline-entry__arrow" />
      <ChangeValue field={field} fieldName={change.field} value={change.newValue} refs={refs} />
    </div>
  );
}

/** What a follow-up said: its type, its notes, the next step and when to follow up next. */
function FollowUpBody({ entry, refs, object }: EntryProps) {
  const { t } = useTranslation();
  const choice = useChoiceLabel(object);
  const type = newValueOf(entry, 'type');
  const content = newValueOf(entry, 'content');
  const nextStep = newValueOf(entry, 'nextStep');
  const nextAt = newValueOf(entry, 'nextFollowUpAt');
  const field = (name: string) => object?.fields.find((f) => f.apiName === name);
  return (
    <div className="timeline-entry__body">
      {type != null && <Tag color="blue">{choice('type', type)}</Tag>}
      {typeof content === 'string' && <span className="timeline-entry__content">{content}</span>}
      {(nextStep != null || nextAt != null) && (
        <div className="timeline-entry__next">
          {nextStep != null && <span>{t('timeline.nextStep', { step: String(nextStep) })}</span>}
          {nextAt != null && (
            <span>
              {t('timeline.nextFollowUp')}
              <ChangeValue
                field={field('nextFollowUpAt')}
                fieldName="nextFollowUpAt"
                value={nextAt}
                refs={refs}
              />
            </span>
          )}
        </div>
      )}
    </div>
  );
}

/** What a created record says at a glance: its money and dates, a few fields at most. */
function CreatedBody({ entry, refs, object }: EntryProps) {
  const shown = entry.changes
    .filter((change) => {
      const field = object?.fields.find((f) => f.apiName === change.field);
      if (!field || QUIET_FIELDS.has(change.field) || field.apiName === object?.nameField) return false;
      return ['currency', 'date', 'datetime', 'select', 'number', 'percent'].includes(field.type);
    })
    .slice(0, 4);
  if (shown.length === 0) return null;
  return (
    <Flex className="timeline-entry__body" gap={16} wrap>
      {shown.map((change) => (
        <CreatedValue key={change.field} change={change} refs={refs} object={object} />
      ))}
    </Flex>
  );
}

function CreatedValue({
  change,
  refs,
  object,
}: {
  change: TimelineChange;
  refs: TimelineRefs;
  object?: ObjectDefinition;
}) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const field = object?.fields.find((f) => f.apiName === change.field);
  return (
    <span>
      <Typography.Text type="secondary">
        {t('timeline.labelled', { label: field ? label(field.label) : change.field })}
      </Typography.Text>
      <ChangeValue field={field} fieldName={change.field} value={change.newValue} refs={refs} />
    </span>
  );
}

/** The changes of an update, the stage (or status) first. */
function UpdatedBody({ entry, refs, object }: EntryProps) {
  const { t } = useTranslation();
  const ordered = [...entry.changes].sort((a, b) => rank(a.field) - rank(b.field));
  const shown = ordered.slice(0, MAX_CHANGES);
  return (
    <div className="timeline-entry__body">
      {shown.map((change) => (
        <ChangeLine key={change.field} change={change} refs={refs} object={object} />
      ))}
      {ordered.length > shown.length && (
        <Typography.Text type="secondary">
          {t('timeline.moreChanges', { count: ordered.length - shown.length })}
        </Typography.Text>
      )}
    </div>
  );
}

const rank = (field: string) => (field === 'stage' ? 0 : field === 'status' ? 1 : field === 'amount' ? 2 : 3);

/**
 * An event on a record (an email sent or failed, nurturing started or stopped, a lead handed back): who, what,
 * and the email's subject or the sequence it is about; a failure shows the server's answer.
 */
function EventEntry({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  const event = entry.event;
  if (!event) return null;
  const params = { ...event.params };
  if (typeof params.reason === 'string')
    params.reason = t(`timeline.eventReasons.${params.reason as TimelineEventReason}`);
  if (typeof params.via === 'string')
    params.via = t(`timeline.eventVia.${params.via as 'rule' | 'previousOwner' | 'poolManager'}`);
  const actor = entry.actor?.name ?? t('timeline.system');
  const key =
    event.code === 'nurture.handedBack' && params.owner == null
      ? 'nurture_handedBackNobody'
      : (event.code.replace('.', '_') as TimelineEventKey);
  const what = t(`timeline.events.${key}`, params);
  return (
    <div className="timeline-entry">
      <Flex justify="space-between" gap={12} align="baseline">
        <span className="timeline-entry__headline">
          <Typography.Text strong>{actor}</Typography.Text> {what}
          {entry.source.title && event.code.startsWith('email.') && event.code !== 'email.unsubscribed' && (
            <>
              {i18n.language.startsWith('en') ? ' ' : ''}
              <Typography.Text className="timeline-entry__title">
                {t('timeline.quotedSubject', { subject: entry.source.title })}
              </Typography.Text>
            </>
          )}
        </span>
        <Tooltip title={formatDateTime(entry.at, i18n.language)}>
          <Typography.Text type="secondary" className="timeline-entry__time">
            {formatRelativeTime(entry.at, i18n.language, new Date(), t('timeline.justNow'))}
          </Typography.Text>
        </Tooltip>
      </Flex>
      {typeof event.params.error === 'string' && (
        <div className="timeline-entry__body">
          <Typography.Text type="danger">{event.params.error}</Typography.Text>
        </div>
      )}
    </div>
  );
}

/**
 * One entry of a timeline: who did what to which record, when (relative, the exact time on hover), and what
 * it means — a follow-up's notes, a stage change from → to, a payment's amount, other fields old → new.
 */
export function TimelineEntryItem({ entry, refs, object }: EntryProps) {
  const { t, i18n } = useTranslation();
  const label = useFieldLabel();
  if (entry.kind === 'event') return <EventEntry entry={entry} />;
  const objectName = object ? label(object.label) : entry.source.object;
  const title = entry.source.title ?? `#${entry.source.id}`;
  const actor = entry.actor?.name ?? t('timeline.system');
  const isFollowUp = entry.source.object === 'followUp' && entry.kind === 'created';
  return (
    <div className="timeline-entry">
      <Flex justify="space-between" gap={12} align="baseline">
        <span className="timeline-entry__headline">
          <Typography.Text strong>{actor}</Typography.Text>{' '}
          {t(isFollowUp ? 'timeline.verbs.loggedFollowUp' : `timeline.verbs.${entry.kind}`, {
            object: objectName,
          })}{' '}
          {!isFollowUp && (
            <Link to={`/o/${entry.source.object}/${entry.source.id}`} className="timeline-entry__title">
              {title}
            </Link>
          )}
        </span>
        <Tooltip title={formatDateTime(entry.at, i18n.language)}>
          <Typography.Text type="secondary" className="timeline-entry__time">
            {formatRelativeTime(entry.at, i18n.language, new Date(), t('timeline.justNow'))}
          </Typography.Text>
        </Tooltip>
      </Flex>
      {isFollowUp && <FollowUpBody entry={entry} refs={refs} object={object} />}
      {entry.kind === 'created' && !isFollowUp && <CreatedBody entry={entry} refs={refs} object={object} />}
      {entry.kind === 'updated' && <UpdatedBody entry={entry} refs={refs} object={object} />}
    </div>
  );
}
