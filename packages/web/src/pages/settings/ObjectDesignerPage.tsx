import { ArrowLeftOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { FormDesigner } from '../../modules/designer/components/FormDesigner.tsx';
import { useFieldLabel } from '../../modules/records/hooks/useFieldLabel.ts';
import { useLayout } from '../../modules/records/hooks/useLayout.ts';
import { useObjectDefinition } from '../../modules/records/hooks/useObjectDefinition.ts';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PageSpin } from '../../ui/PageSpin.tsx';
import { QueryError } from '../../ui/QueryError.tsx';
import { NotFoundPage } from '../NotFoundPage.tsx';

/** Settings → Objects and fields → one object: its drag-and-drop form designer. */
export function ObjectDesignerPage() {
  const { object: apiName = '' } = useParams();
  const { t } = useTranslation();
  const label = useFieldLabel();
  const objects = useObjectDefinition(apiName);
  const layout = useLayout(apiName, { all: true, enabled: Boolean(objects.object) });
  // Remounts the designer on the saved metadata after each save.
  const [generation, setGeneration] = useState(0);

  if (objects.isError) return <QueryError error={objects.error} onRetry={() => void objects.refetch()} />;
  if (layout.isError) return <QueryError error={layout.error} onRetry={() => void layout.refetch()} />;
  if (objects.isPending) return <PageSpin />;
  const object = objects.object;
  if (!object) return <NotFoundPage />;
  if (!layout.data) return <PageSpin />;

  return (
    <>
      <PageHeader
        breadcrumb={
          <Link to="/settings/objects">
            <ArrowLeftOutlined /> {t('settings.pages.objects.title')}
          </Link>
        }
        title={t('designer.title', { object: label(object.label) })}
        description={
          <>
            {t('designer.description')}{' '}
            <Link to={`/o/${object.apiName}`}>
              {t('designer.openRecords', { object: label(object.label) })}
            </Link>
          </>
        }
      />
      <FormDesigner
        key={generation}
        object={object}
        layout={layout.data}
        onSaved={() => setGeneration((value) => value + 1)}
      />
    </>
  );
}
