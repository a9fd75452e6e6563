import { describe, expect, it } from 'vitest';
import { toHalfWidth } from './half-width.ts';

describe('toHalfWidth', () => {
  it('maps full-width ASCII, the ideographic space and dash variants', () => {
    expect(toHalfWidth('（０２１）１２３４－５６７８')).toBe('(021)1234-5678');
    expect(toHalfWidth('ＡＢＣ　ａｂｃ＠＃')).toBe('ABC abc@#');
    expect(toHalfWidth('138—0013–8000−1ー2')).toBe('138-0013-8000-1-2');
  });

  it('leaves Chinese text and ASCII alone', () => {
    expect(toHalfWidth('上海市浦东新区 Room 101')).toBe('上海市浦东新区 Room 101');
  });
});
