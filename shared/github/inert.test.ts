import { parseCommands } from '../../test/harness/run-dist';
import { inert, looksLikeCommand } from './inert';

const HOSTILE = ['a ##[error]b', '##[add-mask]secret', 'x ##[stop-commands]t', '\u0085::warning::n', 'ok\r::error::cr', 'ok\n::set-output name=a::b', '  ::notice::indented', 'a\r\n::group::g'];

describe('inert', () => {
  it.each(HOSTILE)('leaves the runner nothing to obey in %j', (text) => {
    expect(looksLikeCommand(text)).toBe(true);
    // Printed raw, the runner would obey it.
    expect(parseCommands(`${text}\n`).length).toBeGreaterThan(0);
    // As printed by @actions/core's info: the text and a line break.
    const commands = parseCommands(`${inert(text)}\n`);
    expect(commands.map((c) => c.command)).toEqual(['stop-commands']);
    expect(commands[0].message).toMatch(/^[0-9a-f-]{36}$/);
    // What the reader sees is the text as written.
    expect(inert(text)).toContain(text);
  });

  it('leaves plain text (and `::` or `##` not at a command position) unchanged', () => {
    for (const text of ['migration 2024_a::b.sql checked', 'a # b ## c', 'ratio 1:2']) expect(inert(text)).toBe(text);
  });

  it('picks a token the text does not contain', () => {
    const tokens = ['aaaaaaaa-aaaa-aaaa-aaaa-aaaaaaaaaaaa', 'bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb'];
    const out = inert(`::${tokens[0]}::\n##[error]x`, () => tokens.shift()!);
    expect(out.split('\n')[0]).toBe('::stop-commands::bbbbbbbb-bbbb-bbbb-bbbb-bbbbbbbbbbbb');
  });
});
