import { LineItemsEditor } from '../../line-items/components/LineItemsEditor.tsx';
import type { RecordExtensionProps } from '../../records/utils/object-extension.ts';
import { useQuoteSettings } from '../hooks/useQuoteSettings.ts';

/** A quote's lines: the lines editor, marking discounts above the company's approval threshold. */
export function QuoteLinesTab(props: RecordExtensionProps) {
  const settings = useQuoteSettings();
  return <LineItemsEditor {...props} discountLimit={settings.data?.discountApprovalThreshold} />;
}
