import { Button, Group, Menu, Text, Title } from '@mantine/core';
import type { DoseAction, DoseView } from '@nexus/contracts';
import { IconCheck, IconChevronDown, IconClockPause, IconPlayerSkipForward } from '@tabler/icons-react';
import { useId } from 'react';
import recordClasses from '../../records/display/Records.module.css';
import { DoseStatusBadge } from '../display/MedicationBadges.tsx';
import { clockTimeIn } from '../display/medication-format.ts';
import { TargetCard } from '../display/TargetCard.tsx';
import { medicationStrings as s } from '../medications.strings.ts';

type DoseCardProps = {
  dose: DoseView;
  /** The patient's time zone, which the list's times are in. */
  zone: string;
  isPending: boolean;
  onAction: (dose: DoseView, action: DoseAction) => void;
};

/** One dose of the day: when, what, its status, and Take, Skip and Snooze while they are allowed. */
export function DoseCard({ dose, zone, isPending, onAction }: DoseCardProps) {
  const titleId = useId();
  const note = dose.takenAt
    ? s.takenAt(clockTimeIn(dose.takenAt, zone))
    : dose.status === 'snoozed' && dose.snoozedUntil
      ? s.snoozedUntil(clockTimeIn(dose.snoozedUntil, zone))
      : null;
  return (
    <TargetCard id={`dose-${dose.id}`} labelledBy={titleId}>
      <div className={recordClasses.spread}>
        <div className={recordClasses.grow}>
          <Title order={3} fz="md" id={titleId}>
            {s.doseTitle(dose.localTime, dose.medicine)}
          </Title>
          <Text size="sm">{dose.dosageText}</Text>
          <Group gap="xs" mt={4}>
            <DoseStatusBadge status={dose.status} />
            {note && (
              <Text size="sm" c="dimmed">
                {note}
              </Text>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {dose.canRecord && (
            <>
              <Button
                leftSection={<IconCheck size={16} aria-hidden />}
                aria-label={s.takeLabel(dose.medicine, dose.localTime)}
                loading={isPending}
                onClick={() => onAction(dose, { action: 'take' })}
              >
                {s.take}
              </Button>
              <Button
                variant="default"
                leftSection={<IconPlayerSkipForward size={16} aria-hidden />}
                aria-label={s.skipLabel(dose.medicine, dose.localTime)}
                disabled={isPending}
                onClick={() => onAction(dose, { action: 'skip' })}
              >
                {s.skip}
              </Button>
            </>
          )}
          {dose.snoozeOptions.length > 0 && (
            <Menu position="bottom-end">
              <Menu.Target>
                <Button
                  variant="default"
                  leftSection={<IconClockPause size={16} aria-hidden />}
                  rightSection={<IconChevronDown size={14} aria-hidden />}
                  aria-label={s.snoozeLabel(dose.medicine, dose.localTime)}
                  disabled={isPending}
                >
                  {s.snooze}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {dose.snoozeOptions.map((minutes) => (
                  <Menu.Item key={minutes} onClick={() => onAction(dose, { action: 'snooze', minutes })}>
                    {s.snoozeFor(minutes)}
                  </Menu.Item>
                ))}
              </Menu.Dropdown>
            </Menu>
          )}
        </Group>
      </div>
    </TargetCard>
  );
}
