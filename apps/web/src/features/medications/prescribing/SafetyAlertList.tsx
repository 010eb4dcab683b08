import { Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import type { SafetyAlert, SafetyCheckResult, Severity } from '@nexus/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { type Ref, useId } from 'react';
import { DetailList } from '../../shell/DetailList.tsx';
import { SeverityBadge } from '../display/MedicationBadges.tsx';
import { OVERRIDE_MAX, OVERRIDE_MIN } from './prescribe-form.ts';
import { prescribingStrings as s } from './prescribing.strings.ts';

const SEVERITY_ORDER: Record<Severity, number> = { contraindicated: 0, major: 1, moderate: 2, minor: 3 };

/** The most serious first; within a severity, by title. */
export const bySeverity = (alerts: readonly SafetyAlert[]) =>
  [...alerts].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.title.localeCompare(b.title),
  );

type AlertCardProps = {
  alert: SafetyAlert;
  reason: string;
  /** Show "too short" once the prescriber has tried to sign or left the field. */
  isReasonChecked: boolean;
  onReason: (reason: string) => void;
};

function AlertCard({ alert, reason, isReasonChecked, onReason }: AlertCardProps) {
  const titleId = useId();
  const isShort = reason.trim().length < OVERRIDE_MIN;
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <Group gap="xs" mb="xs">
        <SeverityBadge severity={alert.severity} />
        <Text size="sm" c="dimmed">
          {s.alertKinds[alert.kind]}
        </Text>
        {alert.needsOverride && (
          <Text size="sm" fw={600}>
            {s.needsOverride}
          </Text>
        )}
      </Group>
      <Title order={4} fz="md" id={titleId} mb="xs">
        {alert.title}
      </Title>
      <DetailList
        items={[
          { label: s.involvesLabel, value: alert.involves.join(', ') },
          { label: s.mechanismLabel, value: alert.mechanism },
          { label: s.managementLabel, value: alert.management },
          { label: s.referenceLabel, value: alert.reference },
        ]}
      />
      {alert.needsOverride && (
        <Textarea
          mt="sm"
          label={s.overrideLabel}
          description={s.overrideHint}
          value={reason}
          onChange={(event) => onReason(event.currentTarget.value)}
          error={isReasonChecked && isShort ? s.overrideTooShort : undefined}
          required
          rows={2}
          maxLength={OVERRIDE_MAX}
        />
      )}
    </Paper>
  );
}

type SafetyAlertListProps = {
  result: SafetyCheckResult;
  reasons: Readonly<Record<string, string>>;
  isReasonChecked: boolean;
  onReason: (alertKey: string, reason: string) => void;
  /** The heading, which the dialog focuses when a check has run (it then reads out what was found). */
  headingRef?: Ref<HTMLHeadingElement>;
};

/**
 * What the safety check found, the most serious first: each alert with its mechanism, management and
 * reference, and a reason field for each one that cannot be signed through without.
 */
export function SafetyAlertList({
  result,
  reasons,
  isReasonChecked,
  onReason,
  headingRef,
}: SafetyAlertListProps) {
  const headingId = useId();
  const { checkedAgainst } = result;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="sm">
      <Title order={3} fz="md" id={headingId} ref={headingRef} tabIndex={-1}>
        {s.alertsHeadingWithCount(result.alerts.length)}
      </Title>
      <Text size="sm" c="dimmed">
        {s.checkedAgainst(checkedAgainst.medicines.join(', '), checkedAgainst.allergies.join(', '))}
      </Text>
      {checkedAgainst.unmatched.length > 0 && (
        <Text size="sm">{s.unmatched(checkedAgainst.unmatched.join(', '))}</Text>
      )}
      {result.alerts.length === 0 ? (
        <Group gap="xs" wrap="nowrap">
          <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
          <Text size="sm">{s.noAlerts}</Text>
        </Group>
      ) : (
        bySeverity(result.alerts).map((alert) => (
          <AlertCard
            key={alert.key}
            alert={alert}
            reason={reasons[alert.key] ?? ''}
            isReasonChecked={isReasonChecked}
            onReason={(reason) => onReason(alert.key, reason)}
          />
        ))
      )}
    </Stack>
  );
}
