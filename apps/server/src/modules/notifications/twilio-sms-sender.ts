import type { SmsOutcome, SmsSender } from './sms-sender.ts';

export const TWILIO_API_URL = 'https://api.twilio.com';
const REQUEST_TIMEOUT_MS = 10_000;
/** Twilio's error codes are numbers (21211: not a valid number, 21610: the recipient replied STOP). */
const TWILIO_ERROR_CODE = /^\d{4,6}$/;

/** Seconds or an HTTP date, as Retry-After may carry; undefined when neither. */
function retryAfterMs(header: string | null, now: number): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Twilio's error code from a refusal's body, never its message (it may quote the number). */
async function twilioErrorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { code?: unknown };
    const code = String(body.code ?? '');
    return TWILIO_ERROR_CODE.test(code) ? code : undefined;
  } catch {
    return undefined;
  }
}

/**
 * SMS through Twilio's Programmable Messaging API: POST {baseUrl}/2010-04-01/Accounts/{sid}/Messages.json,
 * form-encoded To, Body and From (a number) or MessagingServiceSid (MG…), HTTP basic auth with the
 * account SID and auth token. 2xx: Twilio has queued the message. 429 and 5xx are worth retrying
 * (after Retry-After when given); another 4xx is a refusal no retry changes (a bad number, an opted-out
 * recipient, wrong credentials). `baseUrl` and `fetch` are parameters for tests and regional edges.
 */
export function createTwilioSmsSender(options: {
  accountSid: string;
  authToken: string;
  from: string;
  baseUrl?: string;
  fetch?: typeof fetch;
  timeoutMs?: number;
}): SmsSender {
  const baseUrl = (options.baseUrl ?? TWILIO_API_URL).replace(/\/+$/, '');
  const url = `${baseUrl}/2010-04-01/Accounts/${encodeURIComponent(options.accountSid)}/Messages.json`;
  const authorization = `Basic ${Buffer.from(`${options.accountSid}:${options.authToken}`).toString('base64')}`;
  const senderField = options.from.startsWith('MG') ? 'MessagingServiceSid' : 'From';

  return {
    async send(message): Promise<SmsOutcome> {
      const doFetch = options.fetch ?? fetch;
      let response: Response;
      try {
        response = await doFetch(url, {
          method: 'POST',
          headers: {
            authorization,
            'content-type': 'application/x-www-form-urlencoded',
            accept: 'application/json',
          },
          body: new URLSearchParams({ To: message.to, Body: message.body, [senderField]: options.from }),
          signal: AbortSignal.timeout(options.timeoutMs ?? REQUEST_TIMEOUT_MS),
        });
      } catch {
        return { kind: 'failed', reason: 'network_error', isRetryable: true };
      }
      if (response.ok) {
        await response.body?.cancel();
        return { kind: 'accepted' };
      }
      if (response.status === 429 || response.status >= 500) {
        await response.body?.cancel();
        const wait = retryAfterMs(response.headers.get('retry-after'), Date.now());
        return {
          kind: 'failed',
          reason: `HTTP ${response.status}`,
          isRetryable: true,
          ...(wait !== undefined ? { retryAfterMs: wait } : {}),
        };
      }
      const code = await twilioErrorCode(response);
      return {
        kind: 'failed',
        reason: code ? `HTTP ${response.status} twilio ${code}` : `HTTP ${response.status}`,
        isRetryable: false,
      };
    },
  };
}
