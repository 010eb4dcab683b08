import {
  Button,
  Checkbox,
  Fieldset,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import type { ReminderPreferencesView } from '@nexus/contracts';
import { type FormEvent, useMemo, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { ActionFeedback, type ActionOutcome } from '../../shell/ActionFeedback.tsx';
import { useSaveReminderPreferences } from '../api/mutations.ts';
import { useReminderPreferences } from '../api/queries.ts';
import { QueryView } from '../display/QueryView.tsx';
import { medicationStrings as s } from '../medications.strings.ts';
import { checkReminders, type ReminderDraft, type ReminderErrors, reminderDraftOf } from './reminder-form.ts';
import { timeZoneOptions } from './time-zones.ts';

function ReminderForm({ patientId, saved }: { patientId: string; saved: ReminderPreferencesView }) {
  const save = useSaveReminderPreferences(patientId);
  const [draft, setDraft] = useState<ReminderDraft>(() => reminderDraftOf(saved));
  const [errors, setErrors] = useState<ReminderErrors>({});
  const [feedback, setFeedback] = useState<ActionOutcome | null>(null);
  const zones = useMemo(() => timeZoneOptions(saved.zone, s.zoneDevice), [saved.zone]);
  const change = (part: Partial<ReminderDraft>) => setDraft((current) => ({ ...current, ...part }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkReminders(draft);
    setErrors(checked.errors);
    setFeedback(null);
    if (!checked.preferences) return;
    save.mutate(checked.preferences, {
      onSuccess: () => setFeedback({ kind: 'success', message: s.remindersSaved }),
      onError: (error) => {
        if (!isUnauthorized(error))
          setFeedback({ kind: 'error', title: s.remindersSaveFailed, detail: detailOf(error) });
      },
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="lg">
        <Select
          label={s.zoneLabel}
          description={s.zoneHint}
          data={zones}
          value={draft.zone}
          onChange={(zone) => {
            if (zone) change({ zone });
          }}
          searchable
          allowDeselect={false}
          maxDropdownHeight={280}
          maw={420}
        />
        <Fieldset legend={s.channelsLabel} variant="unstyled">
          <Stack gap="xs">
            <Text size="sm" c="dimmed">
              {s.channelsHint}
            </Text>
            <Checkbox
              label={s.channelPush}
              checked={draft.push}
              onChange={(event) => change({ push: event.currentTarget.checked })}
            />
            <Checkbox
              label={s.channelEmail}
              checked={draft.email}
              onChange={(event) => change({ email: event.currentTarget.checked })}
            />
            <Checkbox
              label={s.channelSms}
              checked={draft.sms}
              onChange={(event) => change({ sms: event.currentTarget.checked })}
            />
          </Stack>
        </Fieldset>
        <Stack gap="xs">
          <Switch
            label={s.quietToggle}
            description={s.quietHint}
            checked={draft.hasQuietHours}
            onChange={(event) => change({ hasQuietHours: event.currentTarget.checked })}
          />
          {draft.hasQuietHours && (
            <SimpleGrid cols={2} maw={360}>
              <TextInput
                type="time"
                label={s.quietStart}
                value={draft.quietStart}
                onChange={(event) => change({ quietStart: event.currentTarget.value })}
                error={errors.quietStart}
              />
              <TextInput
                type="time"
                label={s.quietEnd}
                value={draft.quietEnd}
                onChange={(event) => change({ quietEnd: event.currentTarget.value })}
                error={errors.quietEnd}
              />
            </SimpleGrid>
          )}
        </Stack>
        <TextInput
          label={s.graceLabel}
          description={s.graceHint}
          inputMode="numeric"
          value={draft.graceMinutes}
          onChange={(event) => change({ graceMinutes: event.currentTarget.value })}
          error={errors.graceMinutes}
          maw={420}
        />
        <TextInput
          type="email"
          label={s.caregiverLabel}
          description={s.caregiverHint}
          value={draft.caregiverEmail}
          onChange={(event) => change({ caregiverEmail: event.currentTarget.value })}
          error={errors.caregiverEmail}
          autoComplete="email"
          maw={420}
        />
        <Checkbox
          label={s.notifyDoctor}
          checked={draft.notifyDoctor}
          onChange={(event) => change({ notifyDoctor: event.currentTarget.checked })}
        />
        <TextInput
          label={s.refillLabel}
          inputMode="numeric"
          value={draft.refillAlertDays}
          onChange={(event) => change({ refillAlertDays: event.currentTarget.value })}
          error={errors.refillAlertDays}
          maw={420}
        />
        <ActionFeedback feedback={feedback} />
        <div>
          <Button type="submit" loading={save.isPending}>
            {s.saveReminders}
          </Button>
        </div>
      </Stack>
    </form>
  );
}

/** The patient's reminder settings: time zone, channels, quiet hours, grace, who is told of a missed dose. */
export function ReminderSettingsPanel({ patientId }: { patientId: string }) {
  const preferences = useReminderPreferences(patientId);
  return (
    <RecordSection title={s.remindersHeading}>
      <QueryView query={preferences} loadingLabel={s.remindersLoading} failedTitle={s.remindersLoadFailed}>
        {(saved) => <ReminderForm patientId={patientId} saved={saved} />}
      </QueryView>
    </RecordSection>
  );
}
