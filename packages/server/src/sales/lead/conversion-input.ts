/** What a user chooses when converting a lead (L-3). */
export interface ConversionChoice {
  /** The lead's version as the user saw it (409 when it changed since); optional. */
  version?: number | undefined;
  /** A new account from the lead (named after its company unless `name` is given), or an existing one. */
  account: { mode: 'new'; name?: string | undefined } | { mode: 'existing'; id: number };
  /** A new contact from the lead's person, an existing contact, or none. */
  contact: { mode: 'new' } | { mode: 'existing'; id: number } | { mode: 'none' };
  /** An opportunity to open for the account, or none. */
  opportunity?: {
    name: string;
    amount?: string | null | undefined;
    closeDate?: string | null | undefined;
  } | null;
}
