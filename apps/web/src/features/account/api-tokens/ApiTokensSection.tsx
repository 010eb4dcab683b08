import { Button, Paper, Text, Title } from '@mantine/core';
import type { ApiTokenSummary, CreateApiTokenRequest } from '@nexus/contracts';
import { IconTrash } from '@tabler/icons-react';
import { useRef, useState } from 'react';
import { isApiError, isUnauthorized } from '../../../api/api-error.ts';
import { ConfirmDialog } from '../../shell/ConfirmDialog.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useCreateApiToken, useRevokeApiToken } from '../api/api-token-mutations.ts';
import { useApiTokens } from '../api/queries.ts';
import listClasses from '../ItemList.module.css';
import { type Feedback, SectionFeedback } from '../SectionFeedback.tsx';
import { formatDay } from '../sessions/session-times.ts';
import { useConfirmation } from '../useConfirmation.ts';
import { apiTokenStrings as s } from './api-tokens.strings.ts';
import { CreateTokenForm } from './CreateTokenForm.tsx';
import { NewTokenPanel } from './NewTokenPanel.tsx';

const detailOf = (error: unknown) =>
  isApiError(error) && error.problem.detail ? error.problem.detail : s.errorFallback;

const describe = (token: ApiTokenSummary) =>
  [
    token.scopes.includes('write') ? s.scopeWrite : s.scopeRead,
    s.created(formatDay(token.createdAt)),
    s.expires(formatDay(token.expiresAt)),
    token.lastUsedAt ? s.lastUsed(formatDay(token.lastUsedAt)) : s.neverUsed,
  ].join(' · ');

/** "API tokens": the user's personal tokens, creating one (shown once) and revoking them. */
export function ApiTokensSection() {
  const tokens = useApiTokens();
  const create = useCreateApiToken();
  const revoke = useRevokeApiToken();
  const confirmation = useConfirmation<ApiTokenSummary>();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const failed = (title: string) => (error: unknown) => {
    if (isUnauthorized(error)) return;
    setFeedback({ kind: 'error', title, detail: detailOf(error) });
  };

  const createToken = (request: CreateApiTokenRequest, whenCreated: () => void) => {
    setFeedback(null);
    create.mutate(request, { onSuccess: whenCreated, onError: failed(s.createFailed) });
  };

  const revokeChosen = () => {
    const token = confirmation.subject;
    confirmation.close(headingRef.current, false);
    if (!token) return;
    setFeedback(null);
    revoke.mutate(token.id, {
      onSuccess: () => {
        setFeedback({ kind: 'success', message: s.revoked(token.name) });
        headingRef.current?.focus();
      },
      onError: failed(s.revokeFailed),
    });
  };

  // The token exists only in the mutation's result; "Done" resets it, and then it is gone for good.
  const putAway = () => {
    create.reset();
    headingRef.current?.focus();
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="account-api-tokens">
      <Title order={2} fz="lg" mb="xs" id="account-api-tokens" ref={headingRef} tabIndex={-1}>
        {s.heading}
      </Title>
      <Text mb="md">{s.intro}</Text>
      <SectionFeedback feedback={feedback} />
      {create.data && <NewTokenPanel created={create.data} onDone={putAway} />}
      {tokens.isPending ? (
        <LoadingStatus label={s.loading} />
      ) : tokens.isError && !tokens.data ? (
        <LoadFailedAlert
          title={s.loadFailed}
          detail={detailOf(tokens.error)}
          retryLabel={s.retry}
          onRetry={() => void tokens.refetch()}
        />
      ) : tokens.data.length === 0 ? (
        <Text c="dimmed">{s.none}</Text>
      ) : (
        <ul className={listClasses.list} aria-label={s.listLabel}>
          {tokens.data.map((token) => (
            <li key={token.id} className={listClasses.item}>
              <div>
                <Text fw={600} className={listClasses.name}>
                  {token.name}
                </Text>
                <Text size="sm" c="dimmed">
                  {describe(token)}
                </Text>
              </div>
              <Button
                variant="light"
                color="red"
                size="sm"
                leftSection={<IconTrash size={16} aria-hidden />}
                aria-label={s.revokeLabel(token.name)}
                loading={revoke.isPending && revoke.variables === token.id}
                onClick={() => confirmation.ask(token)}
              >
                {s.revoke}
              </Button>
            </li>
          ))}
        </ul>
      )}
      <CreateTokenForm isPending={create.isPending} onCreate={createToken} />
      <ConfirmDialog
        returnFocus={false}
        opened={confirmation.isOpen}
        title={s.confirmRevokeTitle}
        body={s.confirmRevokeBody(confirmation.subject?.name ?? '')}
        confirmLabel={s.confirmRevoke}
        isPending={false}
        onConfirm={revokeChosen}
        onCancel={() => confirmation.close(headingRef.current)}
      />
    </Paper>
  );
}
