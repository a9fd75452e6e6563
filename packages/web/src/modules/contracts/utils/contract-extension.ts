import { LineageStrip } from '../../lineage/components/LineageStrip.tsx';
import { PaymentPlanTab } from '../../payments/components/PaymentPlanTab.tsx';
import { PaymentsTab } from '../../payments/components/PaymentsTab.tsx';
import type { ObjectExtension } from '../../records/utils/object-extension.ts';
import { ContractActions } from '../components/ContractActions.tsx';
import { ContractBanner } from '../components/ContractBanner.tsx';
import { ContractStatusHistory } from '../components/ContractStatusHistory.tsx';
import {
  CreateContractFromOpportunity,
  CreateContractFromQuote,
} from '../components/CreateContractButton.tsx';
import { contractDeletable, contractEditable, contractLockedFields } from './contract-status.ts';

/** The contract page: status actions, money and lineage above the tabs, plan, payments and status history. */
export const CONTRACT_EXTENSION: ObjectExtension = {
  RecordActions: ContractActions,
  RecordBanner: ContractBanner,
  recordTabs: [
    { key: 'paymentPlan', label: (t) => t('payments.plan.tab'), Component: PaymentPlanTab },
    { key: 'payments', label: (t) => t('payments.list.tab'), Component: PaymentsTab },
    { key: 'statusHistory', label: (t) => t('contracts.history.tab'), Component: ContractStatusHistory },
  ],
  lockedFields: contractLockedFields,
  editable: contractEditable,
  deletable: contractDeletable,
};

/** Payments and instalments show where their money came from. */
export const PAYMENT_EXTENSION: ObjectExtension = { RecordBanner: LineageStrip };
export const PAYMENT_PLAN_EXTENSION: ObjectExtension = { RecordBanner: LineageStrip };

/** A won opportunity and an accepted quote become contracts; both show their lineage. */
export const OPPORTUNITY_CONTRACT_EXTENSION: ObjectExtension = {
  RecordActions: CreateContractFromOpportunity,
  RecordBanner: LineageStrip,
};
export const QUOTE_CONTRACT_EXTENSION: ObjectExtension = {
  RecordActions: CreateContractFromQuote,
  RecordBanner: LineageStrip,
};
