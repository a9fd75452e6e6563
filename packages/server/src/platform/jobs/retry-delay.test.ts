import { describe, expect, it } from 'vitest';
import { retryDelayMs } from './retry-delay.ts';

describe('retry delay', () => {
  const policy = { baseMs: 1000, maxMs: 60_000 };

  it('doubles with every failed attempt, between half and all of 2^attempts units', () => {
    expect(retryDelayMs(1, policy, () => 0)).toBe(1000);
    expect(retryDelayMs(1, policy, () => 1)).toBe(2000);
    expect(retryDelayMs(2, policy, () => 0)).toBe(2000);
    expect(retryDelayMs(3, policy, () => 1)).toBe(8000);
  });

  it('never exceeds the cap', () => {
    expect(retryDelayMs(30, policy, () => 1)).toBe(60_000);
    expect(retryDelayMs(1000, policy, () => 0.5)).toBe(45_000);
  });
});
