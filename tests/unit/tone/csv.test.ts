import { parseCsv, parseCsvRecords } from '../../../utils/tone/csv';

describe('parseCsv (RFC 4180)', () => {
  it('splits plain fields and rows', () => {
    expect(parseCsv('a,b,c\n1,2,3\n')).toEqual([
      ['a', 'b', 'c'],
      ['1', '2', '3'],
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields', () => {
    const input = 'text,label\n"Hello, world",0\n"She said ""no""",1\n"two\nlines, here",0\n';
    expect(parseCsv(input)).toEqual([
      ['text', 'label'],
      ['Hello, world', '0'],
      ['She said "no"', '1'],
      ['two\nlines, here', '0'],
    ]);
  });

  it('accepts CRLF line ends, a byte-order mark and a missing final line break', () => {
    expect(parseCsv('\uFEFFa,b\r\n"x\r\ny",2')).toEqual([
      ['a', 'b'],
      ['x\r\ny', '2'],
    ]);
  });

  it('keeps empty fields, including a quoted empty field and a trailing empty cell', () => {
    expect(parseCsv('a,,c\n"",x,\n')).toEqual([
      ['a', '', 'c'],
      ['', 'x', ''],
    ]);
  });

  it('skips blank lines between rows but not quoted blank lines', () => {
    expect(parseCsv('a\n\nb\n"\n"\n')).toEqual([['a'], ['b'], ['\n']]);
  });

  it('returns nothing for empty input', () => {
    expect(parseCsv('')).toEqual([]);
    expect(parseCsvRecords('')).toEqual([]);
  });
});

describe('parseCsvRecords', () => {
  it('keys rows by the header and fills missing cells with empty strings', () => {
    expect(parseCsvRecords('text,label,category\n"Fix it.",1,bare-command\nDone.,0\n')).toEqual([
      { text: 'Fix it.', label: '1', category: 'bare-command' },
      { text: 'Done.', label: '0', category: '' },
    ]);
  });
});
