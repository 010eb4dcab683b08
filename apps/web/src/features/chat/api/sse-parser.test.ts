import { describe, expect, it } from 'vitest';
import { createSseParser } from './sse-parser.ts';

/** Feeds the chunks in order and collects every event's data, ending the stream at the end. */
function parseAll(chunks: readonly string[]) {
  const parser = createSseParser();
  const events = chunks.flatMap((chunk) => parser.push(chunk));
  return [...events, ...parser.end()];
}

describe('the server-sent events parser', () => {
  it('gives out several events that arrive in one chunk, in order', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"delta","text":"a"}\n\ndata: {"type":"delta","text":"b"}\n\n')).toEqual(
      ['{"type":"delta","text":"a"}', '{"type":"delta","text":"b"}'],
    );
  });

  it('holds an event cut across chunks until its blank line arrives', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"del')).toEqual([]);
    expect(parser.push('ta","text":"Hel')).toEqual([]);
    expect(parser.push('lo"}\n')).toEqual([]);
    expect(parser.push('\ndata: {"type"')).toEqual(['{"type":"delta","text":"Hello"}']);
    expect(parser.push(':"done"}\n\n')).toEqual(['{"type":"done"}']);
  });

  it('reads the same events whatever the chunking, one character at a time included', () => {
    const stream = 'data: one\n\n: a comment\ndata: two\n\nevent: message\nid: 7\ndata: three\n\n';
    const expected = ['one', 'two', 'three'];
    expect(parseAll([stream])).toEqual(expected);
    expect(parseAll([...stream])).toEqual(expected);
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parseAll([stream.slice(0, cut), stream.slice(cut)]), `cut at ${cut}`).toEqual(expected);
    }
  });

  it('accepts CRLF and CR line ends, also when a CRLF is split between chunks', () => {
    expect(parseAll(['data: a\r\n\r\ndata: b\r\r'])).toEqual(['a', 'b']);
    expect(parseAll(['data: a\r', '\n\r', '\ndata: b\r\n\r\n'])).toEqual(['a', 'b']);
  });

  it('joins data lines of one event with a newline, and keeps a value without the space', () => {
    expect(parseAll(['data: first\ndata:second\n\n'])).toEqual(['first\nsecond']);
  });

  it('skips events without data and comments (keep-alives)', () => {
    expect(parseAll([': ping\n\nevent: noop\n\ndata: real\n\n'])).toEqual(['real']);
  });

  it('still gives out the last event when the stream ends without its blank line', () => {
    const parser = createSseParser();
    expect(parser.push('data: {"type":"done"}')).toEqual([]);
    expect(parser.end()).toEqual(['{"type":"done"}']);
  });
});
