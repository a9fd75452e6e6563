import type { FieldType } from '../../../records/api/objects.api.ts';
import { AttachmentOptionsEditor } from './AttachmentOptionsEditor.tsx';
import { AutoNumberOptionsEditor } from './AutoNumberOptionsEditor.tsx';
import { ChoicesEditor } from './ChoicesEditor.tsx';
import { CurrencyOptionsEditor } from './CurrencyOptionsEditor.tsx';
import { FormulaOptionsEditor } from './FormulaOptionsEditor.tsx';
import { LookupOptionsEditor } from './LookupOptionsEditor.tsx';
import { NumberOptionsEditor } from './NumberOptionsEditor.tsx';
import type { OptionEditorProps } from './option-editor-props.ts';
import { TagsOptionsEditor } from './TagsOptionsEditor.tsx';
import { TextOptionsEditor } from './TextOptionsEditor.tsx';

/** The option editor of a field type (nothing for types without options). */
export function TypeOptionsEditor({
  type,
  isNew,
  ...props
}: OptionEditorProps & { type: FieldType; isNew: boolean }) {
  switch (type) {
    case 'text':
    case 'longText':
      return <TextOptionsEditor {...props} />;
    case 'number':
    case 'percent':
      return <NumberOptionsEditor {...props} />;
    case 'currency':
      return <CurrencyOptionsEditor {...props} />;
    case 'select':
    case 'multiSelect':
      return <ChoicesEditor {...props} />;
    case 'lookup':
      return <LookupOptionsEditor {...props} locked={!isNew} />;
    case 'autoNumber':
      return <AutoNumberOptionsEditor {...props} />;
    case 'formula':
      return <FormulaOptionsEditor {...props} />;
    case 'attachment':
      return <AttachmentOptionsEditor {...props} />;
    case 'tags':
      return <TagsOptionsEditor {...props} />;
    default:
      return null;
  }
}
