import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A stand-in for an OpenAI-compatible chat endpoint (Ollama, vLLM, a hosted API) on loopback: it
 * records each request and streams the given pieces as `chat.completion.chunk` events, or fails.
 */
export async function startFakeOpenAiServer(behaviour: { pieces: string[]; status?: number }) {
  const requests: { path: string; authorization: string | undefined; body: Record<string, unknown> }[] = [];
  const server: Server = createServer(async (request: IncomingMessage, response) => {
    let raw = '';
    for await (const chunk of request) raw += chunk;
    requests.push({
      path: request.url ?? '',
      authorization: request.headers.authorization,
      body: JSON.parse(raw || '{}'),
    });
    if (behaviour.status && behaviour.status !== 200) {
      response.writeHead(behaviour.status, { 'content-type': 'application/json' }).end('{"error":"down"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'text/event-stream' });
    for (const piece of behaviour.pieces)
      response.write(
        `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: piece } }] })}\n\n`,
      );
    response.end('data: [DONE]\n\n');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
