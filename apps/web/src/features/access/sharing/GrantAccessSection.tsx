import { Alert, Badge, Button, Group, Loader, Paper, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ClinicianSummary } from '@nexus/contracts';
import { IconAlertTriangle, IconCircleCheck, IconSearch, IconUserPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { roleLabels } from '../../../portals/shared/portal.strings.ts';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { useGrantAccess } from '../api/mutations.ts';
import { useCareTeam, useClinicianSearch } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';

type Feedback = { kind: 'success'; message: string } | { kind: 'error'; detail: string };

const rolesOf = (clinician: ClinicianSummary) =>
  clinician.roles.map((r) => `${roleLabels[r.role]}, ${r.organisationName}`).join(' · ');

/** "Give a clinician access": search the directory by name, then give one of them access. */
export function GrantAccessSection({ patientId }: { patientId: string }) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const search = useClinicianSearch(query);
  const team = useCareTeam(patientId);
  const grant = useGrantAccess(patientId);
  const [feedback, setFeedback] = useState<Feedback | null>(null);

  const hasAccess = new Set(
    (team.data?.relationships ?? []).flatMap((r) => (r.clinician ? [r.clinician.userId] : [])),
  );

  const give = (clinician: ClinicianSummary) => {
    setFeedback(null);
    grant.mutate(clinician.userId, {
      onSuccess: () => setFeedback({ kind: 'success', message: s.granted(clinician.displayName) }),
      onError: (error) => {
        if (!isUnauthorized(error)) setFeedback({ kind: 'error', detail: detailOf(error) });
      },
    });
  };

  const results = search.data ?? [];
  const isSearching = query.length >= 2 && search.isFetching;

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="sharing-grant">
      <Title order={2} fz="lg" mb="xs" id="sharing-grant">
        {s.grantHeading}
      </Title>
      <Text mb="md">{s.grantIntro}</Text>
      <TextInput
        label={s.searchLabel}
        description={s.searchHint}
        type="search"
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        maw={420}
        mb="md"
        autoComplete="off"
      />
      <div aria-live="polite">
        {feedback?.kind === 'success' && (
          <Group gap="xs" wrap="nowrap" mb="md">
            <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
            <Text size="sm">{feedback.message}</Text>
          </Group>
        )}
        {isSearching && (
          <Group gap="sm">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {s.searching}
            </Text>
          </Group>
        )}
        {query.length >= 2 && search.isSuccess && results.length === 0 && !isSearching && (
          <Text size="sm" c="dimmed">
            {s.noClinicians}
          </Text>
        )}
      </div>
      {feedback?.kind === 'error' && (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={s.grantFailed}
          mb="md"
        >
          {feedback.detail}
        </Alert>
      )}
      {search.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.searchFailed}>
          {detailOf(search.error)}
        </Alert>
      )}
      {query.length >= 2 && results.length > 0 && (
        <ul className={classes.list} aria-label={s.resultsLabel}>
          {results.map((clinician) => (
            <li key={clinician.userId} className={classes.item}>
              <div className={classes.who}>
                <Text fw={600}>{clinician.displayName}</Text>
                <Text size="sm" c="dimmed">
                  {rolesOf(clinician)}
                </Text>
              </div>
              {hasAccess.has(clinician.userId) ? (
                <Badge variant="light" color="teal" tt="none">
                  {s.hasAccess}
                </Badge>
              ) : (
                <Button
                  size="sm"
                  variant="light"
                  leftSection={<IconUserPlus size={16} aria-hidden />}
                  aria-label={s.grantLabel(clinician.displayName)}
                  loading={grant.isPending && grant.variables === clinician.userId}
                  onClick={() => give(clinician)}
                >
                  {s.grant}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
    </Paper>
  );
}
