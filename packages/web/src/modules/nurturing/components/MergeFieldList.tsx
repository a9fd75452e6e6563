import { Tag, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useFieldLabel } from '../../records/hooks/useFieldLabel.ts';
import { useObjectDefinition } from '../../records/hooks/useObjectDefinition.ts';

const SENDER_FIELDS = ['name', 'email', 'phone'] as const;

/**
 * The merge fields a template may use — the lead's fields (custom ones too; those the system keeps are left
 * out, though a template may still name them), the sender and the unsubscribe link — each a tag that inserts
 * `{{ … }}` where the cursor is.
 */
export function MergeFieldList({ onInsert }: { onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  const label = useFieldLabel();
  const { object } = useObjectDefinition('lead');
  // Fields the system keeps (conversion, first response) say nothing to the person reading the email.
  const fields = (object?.fields ?? []).filter((field) => field.type !== 'attachment' && !field.managed);
  const tag = (variable: string, text: string) => (
    <Tooltip key={variable} title={`{{ ${variable} }}`}>
      <Tag
        className="merge-field"
        style={{ cursor: 'pointer', marginBottom: 4 }}
        onClick={() => onInsert(`{{ ${variable} }}`)}
      >
        {text}
      </Tag>
    </Tooltip>
  );
  return (
    <div>
      <Typography.Text type="secondary">{t('nurturing.templates.mergeHint')}</Typography.Text>
      <div style={{ marginTop: 6 }}>
        {fields.map((field) => tag(`lead.${field.apiName}`, label(field.label)))}
      </div>
      <div>
        {SENDER_FIELDS.map((name) => tag(`sender.${name}`, t(`nurturing.templates.sender.${name}`)))}
        {tag('unsubscribe_url', t('nurturing.templates.unsubscribeUrl'))}
      </div>
    </div>
  );
}
