import { Button, Group, Paper, Select, Text, TextInput, Title } from '@mantine/core';
import type { Membership } from '@nexus/contracts';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { accessStrings as s } from '../access.strings.ts';
import { useAdmitByEmail } from '../api/mutations.ts';
import { detailOf } from '../problem-detail.ts';

/** Admits a patient, found by their account's e-mail address, to one of the clinician's organisations. */
export function AdmitPatientForm({ organisations }: { organisations: readonly Membership[] }) {
  const admit = useAdmitByEmail();
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState<string | null>(
    organisations[0]?.organisationId ?? null,
  );
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!organisationId || email.trim() === '') return;
    setFeedback(null);
    admit.mutate(
      { organisationId, email: email.trim() },
      {
        onSuccess: (admission) => {
          setFeedback({ kind: 'success', message: s.admitted(admission.patient.displayName) });
          setEmail('');
        },
        onError: (error) => {
          if (!isUnauthorized(error))
            setFeedback({ kind: 'error', title: s.admitFailed, detail: detailOf(error) });
        },
      },
    );
  };

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-patients-admit">
      <Title order={2} fz="lg" mb="xs" id="my-patients-admit">
        {s.admitHeading}
      </Title>
      <Text mb="md">{s.admitIntro}</Text>
      <form onSubmit={submit}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            label={s.admitEmailLabel}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.currentTarget.value)}
            required
            autoComplete="off"
            w={{ base: '100%', sm: 320 }}
          />
          {organisations.length > 1 && (
            <Select
              label={s.admitOrganisationLabel}
              data={organisations.map((m) => ({ value: m.organisationId, label: m.organisationName }))}
              value={organisationId}
              onChange={setOrganisationId}
              allowDeselect={false}
              w={{ base: '100%', sm: 240 }}
            />
          )}
          <Button type="submit" loading={admit.isPending}>
            {s.admit}
          </Button>
        </Group>
      </form>
      <ActionFeedback feedback={feedback} mt="md" />
    </Paper>
  );
}
