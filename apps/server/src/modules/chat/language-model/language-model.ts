/**
 * The port through which the assistant's wording may be improved by a language model. The offline
 * writer (the default) streams the assistant's own draft unchanged; the OpenAI-compatible adapter asks
 * a chat endpoint to reword the draft from the same retrieved knowledge. Either way, whether a
 * message is an emergency, and the triage level, were decided by the rules before the model is asked.
 */
export interface RewordRequest {
  /** The user's message. */
  readonly question: string;
  /** The assistant's own answer, which the model may reword but not contradict. */
  readonly draft: string;
  /** The retrieved knowledge (article or help page) the answer must stay within. */
  readonly grounding: string;
}

export interface LanguageModel {
  readonly name: string;
  /** Streams the reply's text in pieces. Throws when the model fails; the caller keeps the draft. */
  reword(request: RewordRequest, signal: AbortSignal): AsyncIterable<string>;
}

/** Streams the draft itself, a few words at a time, so the web app renders every answer the same way. */
export const offlineWriter: LanguageModel = {
  name: 'offline',
  async *reword(request) {
    const words = request.draft.split(/(?<=\s)/);
    for (let i = 0; i < words.length; i += 6) yield words.slice(i, i + 6).join('');
  },
};
