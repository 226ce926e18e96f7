import { safeCell } from './csv-cells';

describe('safeCell', () => {
  it('turns what a spreadsheet would run into text', () => {
    for (const formula of ['=HYPERLINK("http://x")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(safeCell(formula)).toBe(`'${formula}`);
    }
  });

  it('leaves everything else as it is, and writes nothing for a missing value', () => {
    expect(safeCell('Maya Carter')).toBe('Maya Carter');
    expect(safeCell('O=Brien')).toBe('O=Brien');
    expect(safeCell(null)).toBe('');
    expect(safeCell(undefined)).toBe('');
  });
});
