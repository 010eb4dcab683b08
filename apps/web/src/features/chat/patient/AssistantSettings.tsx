import { ActionIcon, Alert, Popover, Stack, Switch, Text, Title } from '@mantine/core';
import { IconSettings } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { QueryView } from '../../medications/display/QueryView.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { useUpdateRecordConsent } from '../api/mutations.ts';
import { useRecordConsent } from '../api/queries.ts';
import { chatStrings as s } from '../chat.strings.ts';

function RecordConsentSwitch() {
  const consent = useRecordConsent();
  const update = useUpdateRecordConsent();
  return (
    <QueryView query={consent} loadingLabel={s.recordConsentLoading} failedTitle={s.recordConsentLoadFailed}>
      {(view) => (
        <Stack gap="xs">
          <Switch
            label={s.recordConsentLabel}
            description={s.recordConsentDescription}
            checked={update.isPending ? update.variables : view.granted}
            disabled={update.isPending}
            onChange={(event) => update.mutate(event.currentTarget.checked)}
          />
          {view.granted && view.grantedAt && (
            <Text size="xs" c="dimmed">
              {s.recordConsentSince(formatRecordDate(view.grantedAt))}
            </Text>
          )}
          {update.isError && (
            <Alert color="red" variant="light" title={s.recordConsentSaveFailed}>
              {detailOf(update.error)}
            </Alert>
          )}
        </Stack>
      )}
    </QueryView>
  );
}

/** The assistant's settings, behind a button beside the page's title: whether it may read the record. */
export function AssistantSettings() {
  const [isOpen, setOpen] = useState(false);
  const headingId = useId();
  return (
    <Popover opened={isOpen} onChange={setOpen} position="bottom-end" width={340} shadow="md" trapFocus>
      <Popover.Target>
        <ActionIcon
          variant="default"
          size="lg"
          aria-label={s.settings}
          onClick={() => setOpen((wasOpen) => !wasOpen)}
        >
          <IconSettings size={20} aria-hidden />
        </ActionIcon>
      </Popover.Target>
      <Popover.Dropdown aria-labelledby={headingId}>
        <Title order={2} fz="md" id={headingId} mb="sm">
          {s.settingsHeading}
        </Title>
        <RecordConsentSwitch />
      </Popover.Dropdown>
    </Popover>
  );
}
