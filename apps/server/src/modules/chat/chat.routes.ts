import {
  ChatExchange,
  ChatMode,
  type ChatStreamEvent,
  ConversationList,
  ConversationParams,
  ConversationView,
  Problem,
  RecordConsentView,
  SendChatMessage,
  SharedTriageResult,
  ShareTriage,
  StartConversation,
  TriageSummaryList,
  UpdateRecordConsent,
} from '@nexus/contracts';
import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { SELF } from '../../platform/auth/access-rule.ts';
import { actorOf } from '../../platform/auth/authentication.ts';
import { AppError } from '../../platform/http/errors.ts';
import type { ChatOrigin, ChatService } from './chat.service.ts';
import type { TriageSharingService } from './triage-sharing.service.ts';

const tags = ['Health assistant'];
const errors = { 400: Problem, 401: Problem, 403: Problem, 404: Problem };
const own = { access: SELF };

const originOf = (request: FastifyRequest): ChatOrigin => ({
  origin: { sourceIp: request.ip, requestId: request.id },
  route: `${request.method} ${request.routeOptions.url}`,
});

/** The health assistant's API: conversations (the asker's own), messages (streamed), sharing, consent. */
export function chatRoutes(deps: {
  chat: ChatService;
  sharing: TriageSharingService;
}): FastifyPluginAsyncZod {
  const { chat, sharing } = deps;
  return async (app) => {
    app.get(
      '/api/v1/chat/conversations',
      {
        config: own,
        schema: {
          tags,
          summary: 'Your conversations with the assistant, newest first',
          querystring: z.object({ mode: ChatMode.optional() }),
          response: { 200: ConversationList, 401: Problem, 403: Problem },
        },
      },
      async (request) => chat.list(actorOf(request), request.query.mode),
    );
    app.post(
      '/api/v1/chat/conversations',
      {
        config: own,
        schema: {
          tags,
          summary:
            'Start a conversation (patient: symptoms, health questions, your record; help: how to use the platform)',
          body: StartConversation,
          response: { 201: ConversationView, ...errors },
        },
      },
      async (request, reply) => reply.status(201).send(await chat.start(actorOf(request), request.body.mode)),
    );
    app.get(
      '/api/v1/chat/conversations/:conversationId',
      {
        config: own,
        schema: {
          tags,
          summary: 'A conversation with its messages',
          params: ConversationParams,
          response: { 200: ConversationView, ...errors },
        },
      },
      async (request) => chat.get(actorOf(request), request.params.conversationId),
    );
    app.delete(
      '/api/v1/chat/conversations/:conversationId',
      {
        config: own,
        schema: {
          tags,
          summary: 'Delete a conversation and its messages',
          params: ConversationParams,
          response: { 204: z.null(), ...errors },
        },
      },
      async (request, reply) => {
        await chat.remove(actorOf(request), request.params.conversationId, originOf(request));
        return reply.status(204).send(null);
      },
    );
    app.post(
      '/api/v1/chat/conversations/:conversationId/messages',
      {
        config: own,
        schema: {
          tags,
          summary: 'Send a message; with Accept: text/event-stream the reply streams as server-sent events',
          params: ConversationParams,
          body: SendChatMessage,
          response: { 200: ChatExchange, ...errors, 409: Problem, 429: Problem },
        },
      },
      async (request, reply) => {
        const actor = actorOf(request);
        const { conversationId } = request.params;
        if (!(request.headers.accept ?? '').includes('text/event-stream'))
          return chat.send(actor, conversationId, request.body.text, originOf(request));
        // The stream opens with the first event, so refusals before it (404, 409, 429) stay problem+json.
        let isStreaming = false;
        const write = (event: ChatStreamEvent) => {
          if (!isStreaming) {
            isStreaming = true;
            reply.hijack();
            reply.raw.writeHead(200, {
              'content-type': 'text/event-stream; charset=utf-8',
              'cache-control': 'no-store',
              'x-content-type-options': 'nosniff',
              'x-request-id': request.id,
            });
          }
          reply.raw.write(`data: ${JSON.stringify(event)}\n\n`);
        };
        try {
          await chat.send(actor, conversationId, request.body.text, originOf(request), write);
        } catch (error) {
          if (!isStreaming) throw error;
          request.log.error({ err: error }, 'chat stream failed');
          const detail =
            error instanceof AppError ? error.message : 'The reply could not be finished; please try again.';
          reply.raw.write(
            `data: ${JSON.stringify({ type: 'error', title: 'Reply failed', detail } satisfies ChatStreamEvent)}\n\n`,
          );
        }
        reply.raw.end();
        return reply;
      },
    );
    app.post(
      '/api/v1/chat/conversations/:conversationId/share',
      {
        config: own,
        schema: {
          tags,
          summary: "Send the conversation's triage result to your doctors (stored in your record)",
          params: ConversationParams,
          body: ShareTriage,
          response: { 201: SharedTriageResult, ...errors, 409: Problem },
        },
      },
      async (request, reply) =>
        reply
          .status(201)
          .send(
            await sharing.share(
              actorOf(request),
              request.params.conversationId,
              request.body,
              originOf(request),
            ),
          ),
    );
    app.get(
      '/api/v1/chat/record-consent',
      {
        config: own,
        schema: {
          tags,
          summary: 'Whether the assistant may read your record',
          response: { 200: RecordConsentView, 401: Problem, 403: Problem },
        },
      },
      async (request) => chat.consent(actorOf(request)),
    );
    app.put(
      '/api/v1/chat/record-consent',
      {
        config: own,
        schema: {
          tags,
          summary: 'Let the assistant read your record to answer questions about it, or stop it',
          body: UpdateRecordConsent,
          response: { 200: RecordConsentView, ...errors },
        },
      },
      async (request) => chat.setConsent(actorOf(request), request.body.granted, originOf(request)),
    );
    app.get(
      '/api/v1/patients/:patientId/triage-summaries',
      {
        config: { access: { kind: 'patient', action: 'patient.read', patientIdParam: 'patientId' } },
        schema: {
          tags,
          summary: 'The triage summaries the patient shared from the assistant, newest first',
          params: z.object({ patientId: z.uuid() }),
          response: { 200: TriageSummaryList, ...errors },
        },
      },
      async (request) => sharing.summaries(request.params.patientId),
    );
  };
}
