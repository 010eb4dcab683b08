import { vi } from 'vitest';

type Answer = { status: number; body: unknown; contentType?: string };

/** One request the app sent through XMLHttpRequest, and the means to answer it as the server would. */
export type SentRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: unknown;
  /** Reports upload progress to the app, as the browser does while the body goes out. */
  progress(sentBytes: number, totalBytes: number): void;
  answer(answer: Answer): void;
  fail(): void;
};

/**
 * Replaces XMLHttpRequest with a fake the test drives by hand (uploads report progress, which fetch
 * cannot). Requests wait until the test answers them; `next()` resolves with the next one sent.
 */
export function stubXhr() {
  const sent: SentRequest[] = [];
  const waiting: Array<(request: SentRequest) => void> = [];
  let taken = 0;

  class FakeXhr {
    readonly upload = new EventTarget();
    private readonly events = new EventTarget();
    private method = 'GET';
    private url = '';
    private readonly headers: Record<string, string> = {};
    private responseHeaders: Record<string, string> = {};
    status = 0;
    responseText = '';

    open(method: string, url: string) {
      this.method = method;
      this.url = url;
    }
    setRequestHeader(name: string, value: string) {
      this.headers[name.toLowerCase()] = value;
    }
    getResponseHeader(name: string): string | null {
      return this.responseHeaders[name.toLowerCase()] ?? null;
    }
    addEventListener(type: string, listener: EventListener) {
      this.events.addEventListener(type, listener);
    }
    abort() {
      this.events.dispatchEvent(new Event('abort'));
    }
    send(body: unknown) {
      const request: SentRequest = {
        method: this.method,
        url: this.url,
        headers: { ...this.headers },
        body,
        progress: (loaded, total) => {
          const event = Object.assign(new Event('progress'), { lengthComputable: true, loaded, total });
          this.upload.dispatchEvent(event);
        },
        answer: ({ status, body: answerBody, contentType = 'application/json' }) => {
          this.status = status;
          this.responseText = JSON.stringify(answerBody);
          this.responseHeaders = { 'content-type': contentType, 'x-request-id': 'req-test-0001' };
          this.events.dispatchEvent(new Event('load'));
        },
        fail: () => this.events.dispatchEvent(new Event('error')),
      };
      sent.push(request);
      const waiter = waiting.shift();
      if (waiter) {
        taken += 1;
        waiter(request);
      }
    }
  }

  vi.stubGlobal('XMLHttpRequest', FakeXhr);
  return {
    sent,
    /** The next request sent (or the one already waiting). */
    next: () =>
      new Promise<SentRequest>((resolve) => {
        const request = sent[taken];
        if (request) {
          taken += 1;
          resolve(request);
        } else waiting.push(resolve);
      }),
  };
}
