import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { conversionChoiceOf } from './conversion-form.ts';

describe('conversionChoiceOf', () => {
  it('turns the dialog into the conversion body', () => {
    expect(
      conversionChoiceOf(
        {
          accountMode: 'new',
          accountName: ' 云帆科技 ',
          contactMode: 'none',
          createOpportunity: true,
          opportunity: { name: ' MES 项目 ', amount: '100000', closeDate: dayjs('2026-09-30') },
        },
        3,
      ),
    ).toEqual({
      version: 3,
      account: { mode: 'new', name: '云帆科技' },
      contact: { mode: 'none' },
      opportunity: { name: 'MES 项目', amount: '100000', closeDate: '2026-09-30' },
    });
  });

  it('links existing records and leaves the opportunity out when not wanted', () => {
    expect(
      conversionChoiceOf(
        {
          accountMode: 'existing',
          accountId: 7,
          contactMode: 'existing',
          contactId: 9,
          createOpportunity: false,
          opportunity: { name: 'x' },
        },
        1,
      ),
    ).toEqual({
      version: 1,
      account: { mode: 'existing', id: 7 },
      contact: { mode: 'existing', id: 9 },
      opportunity: null,
    });
  });
});
