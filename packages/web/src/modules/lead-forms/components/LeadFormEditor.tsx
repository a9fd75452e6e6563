import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Col, Flex, Row } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { ApiError } from '../../../api/client.ts';
import { FormErrorAlert } from '../../../ui/FormErrorAlert.tsx';
import { errorMessage } from '../../../ui/server-errors.ts';
import type { ObjectDefinition } from '../../records/api/objects.api.ts';
import type { LeadForm } from '../api/lead-forms.api.ts';
import { useSaveLeadForm } from '../hooks/useSaveLeadForm.ts';
import { draftOf, type LeadFormDraft, newDraft, PREVIEW_TOKEN, snippetOf } from '../utils/form-draft.ts';
import { EmbedSnippetCard } from './EmbedSnippetCard.tsx';
import { LeadFormFieldsCard } from './LeadFormFieldsCard.tsx';
import { LeadFormPreview } from './LeadFormPreview.tsx';
import { LeadFormSettingsCard } from './LeadFormSettingsCard.tsx';
import { LeadFormTextsCard } from './LeadFormTextsCard.tsx';

interface Props {
  /** The saved form, or null to build a new one. */
  form: LeadForm | null;
  lead: ObjectDefinition;
  editable: boolean;
}

/**
 * The form builder: settings, fields and texts on the left; on the right a live preview of the embedded
 * form as edited, and — once saved — the embed code with its token.
 */
export function LeadFormEditor({ form, lead, editable }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const save = useSaveLeadForm();
  const [draft, setDraft] = useState<LeadFormDraft>(() => (form ? draftOf(form) : newDraft(lead)));
  const [formError, setFormError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const origin = window.location.origin;
  const preview = useMemo(
    () => snippetOf(draft, lead, origin, form?.token ?? PREVIEW_TOKEN),
    [draft, lead, origin, form],
  );
  const saved = useMemo(
    () => (form ? snippetOf(draftOf(form), lead, origin, form.token) : ''),
    [form, lead, origin],
  );

  const submit = () => {
    setFormError(null);
    setErrors({});
    save.mutate(
      { id: form?.id ?? null, version: form?.version ?? 0, input: draft },
      {
        onSuccess: (result) => {
          message.success(t('leadForms.saved'));
          setDraft(draftOf(result));
          if (!form) navigate(`/settings/lead-forms/${result.id}`, { replace: true });
        },
        onError: (error) => {
          if (error instanceof ApiError && error.errors.length > 0) {
            setErrors(Object.fromEntries(error.errors.map((problem) => [problem.field, problem.message])));
          }
          setFormError(errorMessage(error));
        },
      },
    );
  };

  return (
    <Flex vertical gap={16} className="lead-form-editor">
      <FormErrorAlert message={formError} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={13}>
          <Flex vertical gap={16}>
            <LeadFormSettingsCard draft={draft} lead={lead} onChange={setDraft} errors={errors} />
            <LeadFormFieldsCard draft={draft} lead={lead} onChange={setDraft} errors={errors} />
            <LeadFormTextsCard draft={draft} onChange={setDraft} />
            {editable && (
              <div>
                <Button
                  type="primary"
                  icon={<SaveOutlined />}
                  loading={save.isPending}
                  onClick={submit}
                  className="lead-form-save"
                >
                  {t('common.save')}
                </Button>
              </div>
            )}
          </Flex>
        </Col>
        <Col xs={24} xl={11}>
          <Flex vertical gap={16}>
            <LeadFormPreview html={preview} />
            <EmbedSnippetCard form={form} snippet={saved} editable={editable} />
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
