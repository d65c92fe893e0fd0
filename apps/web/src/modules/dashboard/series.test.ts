import { describe, expect, it } from 'vitest';
import { monthlyTotals } from './series';

describe('the opsigelse series by month', () => {
  it('gives the running total at each month end, months without change included', () => {
    const agreement = [
      { date: '2021-11-03', count: 1 },
      { date: '2021-11-20', count: 3 },
      { date: '2022-02-01', count: 4 },
    ];
    const manual = [{ date: '2021-12-31', count: 2 }];
    expect(monthlyTotals(agreement, manual)).toEqual([
      { month: '2021-11', label: 'november 2021', agreement: 3, manual: 0 },
      { month: '2021-12', label: 'december 2021', agreement: 3, manual: 2 },
      { month: '2022-01', label: 'januar 2022', agreement: 3, manual: 2 },
      { month: '2022-02', label: 'februar 2022', agreement: 4, manual: 2 },
    ]);
  });

  it('is empty before the first opsigelse', () => {
    expect(monthlyTotals([], [])).toEqual([]);
  });
});
