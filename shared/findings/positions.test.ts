import { LineIndex } from './positions';

describe('LineIndex', () => {
  it('maps UTF-8 byte offsets past multi-byte characters to the right column', () => {
    const text = "-- café ☕\nDROP TABLE \"ünïcode\";\n";
    const idx = new LineIndex(text);
    const byteOfDrop = Buffer.byteLength('-- café ☕\n', 'utf8');
    expect(idx.positionOfByte(byteOfDrop)).toEqual({ line: 2, column: 1 });
    const byteOfTable = byteOfDrop + Buffer.byteLength('DROP ', 'utf8');
    expect(idx.positionOfByte(byteOfTable)).toEqual({ line: 2, column: 6 });
  });

  it('counts an astral character as one column', () => {
    const idx = new LineIndex('a😀b');
    expect(idx.positionOfChar(3)).toEqual({ line: 1, column: 3 });
  });
});
