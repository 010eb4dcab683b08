/**
 * An incremental parser of server-sent events (the `text/event-stream` format): text goes in as it
 * arrives, in chunks cut anywhere, and the `data` of each complete event comes out. Only `data`
 * matters here; `event`, `id`, `retry` and comments are skipped. Lines may end in LF, CRLF or CR.
 */
export function createSseParser() {
  let buffer = '';
  let data: string[] = [];

  const takeLine = (line: string, events: string[]) => {
    if (line === '') {
      // A blank line ends the event; one without data lines dispatches nothing.
      if (data.length > 0) events.push(data.join('\n'));
      data = [];
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1);
    if (field === 'data') data.push(value.startsWith(' ') ? value.slice(1) : value);
  };

  return {
    /** Adds the next piece of the stream; returns the data of the events it completed, in order. */
    push(chunk: string): string[] {
      buffer += chunk;
      // A CR at the very end may be the first half of a CRLF: it waits for the next chunk.
      const held = buffer.endsWith('\r') ? 1 : 0;
      const lines = buffer
        .slice(0, buffer.length - held)
        .replace(/\r\n?/g, '\n')
        .split('\n');
      buffer = (lines.pop() ?? '') + (held ? '\r' : '');
      const events: string[] = [];
      for (const line of lines) takeLine(line, events);
      return events;
    },

    /**
     * The stream has ended. An event cut off without its blank line is still given out: the server
     * closing straight after its last event must not lose the reply.
     */
    end(): string[] {
      const events: string[] = [];
      const rest = buffer.replace(/\r\n?/g, '\n');
      buffer = '';
      for (const line of rest.split('\n')) if (line !== '') takeLine(line, events);
      takeLine('', events);
      return events;
    },
  };
}
