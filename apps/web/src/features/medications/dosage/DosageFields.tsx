import {
  ActionIcon,
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { describeDosage, USUAL_TIMES, type Weekday } from '@nexus/clinical';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { dosageStrings as s } from './dosage.strings.ts';
import {
  checkDosage,
  DOSE_UNITS,
  type DosageDraft,
  type DosageErrors,
  EVERY_HOURS,
  ROUTES,
  TIMES_PER_DAY,
  TIMING_KINDS,
  WEEKDAYS,
} from './dosage-form.ts';

type DosageFieldsProps = {
  draft: DosageDraft;
  errors: DosageErrors;
  onChange: (part: Partial<DosageDraft>) => void;
};

const pick = <T extends string>(options: readonly T[], value: string): T | undefined =>
  options.find((option) => option === value);

function TimesList({ draft, errors, onChange }: DosageFieldsProps) {
  const setTime = (index: number, value: string) =>
    onChange({ times: draft.times.map((time, i) => (i === index ? value : time)) });
  return (
    <Fieldset legend={s.timesLabel} variant="unstyled">
      <Stack gap="xs">
        {draft.times.map((time, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the times are edited in place, in order.
          <Group key={index} gap="xs" align="flex-end" wrap="nowrap">
            <TextInput
              type="time"
              label={s.timeLabel(index + 1)}
              value={time}
              onChange={(event) => setTime(index, event.currentTarget.value)}
              w={160}
            />
            {draft.times.length > 1 && (
              <ActionIcon
                variant="subtle"
                color="gray"
                size="lg"
                aria-label={s.removeTime(index + 1)}
                onClick={() => onChange({ times: draft.times.filter((_, i) => i !== index) })}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            )}
          </Group>
        ))}
        {errors.times && (
          <Text size="sm" c="var(--mantine-color-error)" role="alert">
            {errors.times}
          </Text>
        )}
        <div>
          <Button
            size="xs"
            variant="default"
            leftSection={<IconPlus size={14} aria-hidden />}
            onClick={() => onChange({ times: [...draft.times, ''] })}
          >
            {s.addTime}
          </Button>
        </div>
      </Stack>
    </Fieldset>
  );
}

function TimingFields(props: DosageFieldsProps) {
  const { draft, errors, onChange } = props;
  switch (draft.timingKind) {
    case 'times-per-day':
      return (
        <NativeSelect
          label={s.timesPerDayLabel}
          description={s.usualTimes((USUAL_TIMES[Number(draft.timesPerDay)] ?? []).join(', '))}
          value={draft.timesPerDay}
          onChange={(event) => onChange({ timesPerDay: event.currentTarget.value })}
          data={TIMES_PER_DAY.map((count) => ({ value: String(count), label: s.timesPerDay(count) }))}
          maw={280}
        />
      );
    case 'at-times':
      return <TimesList {...props} />;
    case 'every-hours':
      return (
        <SimpleGrid cols={{ base: 1, xs: 2 }} maw={480}>
          <NativeSelect
            label={s.everyHoursLabel}
            value={draft.everyHours}
            onChange={(event) => onChange({ everyHours: event.currentTarget.value })}
            data={EVERY_HOURS.map((hours) => ({ value: String(hours), label: s.everyHours(hours) }))}
          />
          <TextInput
            type="time"
            label={s.firstDoseAtLabel}
            value={draft.firstDoseAt}
            onChange={(event) => onChange({ firstDoseAt: event.currentTarget.value })}
            error={errors.firstDoseAt}
          />
        </SimpleGrid>
      );
    case 'weekly':
      return (
        <>
          <Checkbox.Group
            label={s.weekdaysLabel}
            value={draft.weekdays}
            onChange={(values) =>
              onChange({ weekdays: values.flatMap((value) => pick<Weekday>(WEEKDAYS, value) ?? []) })
            }
            error={errors.weekdays}
          >
            <Group gap="md" mt="xs">
              {WEEKDAYS.map((day) => (
                <Checkbox key={day} value={day} label={s.weekdays[day]} />
              ))}
            </Group>
          </Checkbox.Group>
          <TimesList {...props} />
        </>
      );
    case 'as-needed':
      return (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={s.minIntervalLabel}
            inputMode="decimal"
            value={draft.minIntervalHours}
            onChange={(event) => onChange({ minIntervalHours: event.currentTarget.value })}
            error={errors.minIntervalHours}
          />
          <TextInput
            label={s.maxDosesLabel}
            inputMode="numeric"
            value={draft.maxDosesPerDay}
            onChange={(event) => onChange({ maxDosesPerDay: event.currentTarget.value })}
            error={errors.maxDosesPerDay}
          />
          <TextInput
            label={s.reasonLabel}
            placeholder={s.reasonPlaceholder}
            value={draft.reason}
            onChange={(event) => onChange({ reason: event.currentTarget.value })}
            error={errors.reason}
          />
        </SimpleGrid>
      );
  }
}

/** A structured dosage: amount, unit and route, when (five kinds of timing), from when and for how long. */
export function DosageFields(props: DosageFieldsProps) {
  const { draft, errors, onChange } = props;
  const { dosage } = checkDosage(draft);
  return (
    <Fieldset legend={s.doseHeading}>
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput
            label={s.doseQuantityLabel}
            inputMode="decimal"
            value={draft.doseQuantity}
            onChange={(event) => onChange({ doseQuantity: event.currentTarget.value })}
            error={errors.doseQuantity}
            required
          />
          <NativeSelect
            label={s.doseUnitLabel}
            value={draft.doseUnit}
            onChange={(event) => {
              const unit = pick(DOSE_UNITS, event.currentTarget.value);
              if (unit) onChange({ doseUnit: unit });
            }}
            data={DOSE_UNITS.map((unit) => ({ value: unit, label: s.units[unit] }))}
          />
          <NativeSelect
            label={s.routeLabel}
            value={draft.route}
            onChange={(event) => {
              const route = pick(ROUTES, event.currentTarget.value);
              if (route) onChange({ route });
            }}
            data={ROUTES.map((route) => ({ value: route, label: s.routes[route] }))}
          />
        </SimpleGrid>
        <NativeSelect
          label={s.timingLabel}
          value={draft.timingKind}
          onChange={(event) => {
            const kind = pick(TIMING_KINDS, event.currentTarget.value);
            if (kind) onChange({ timingKind: kind });
          }}
          data={TIMING_KINDS.map((kind) => ({ value: kind, label: s.timingKinds[kind] }))}
          maw={320}
        />
        <TimingFields {...props} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} maw={520}>
          <TextInput
            type="date"
            label={s.startDateLabel}
            value={draft.startDate}
            onChange={(event) => onChange({ startDate: event.currentTarget.value })}
            error={errors.startDate}
            required
          />
          <TextInput
            label={s.durationLabel}
            description={s.durationHint}
            inputMode="numeric"
            value={draft.durationDays}
            onChange={(event) => onChange({ durationDays: event.currentTarget.value })}
            error={errors.durationDays}
          />
        </SimpleGrid>
        <Textarea
          label={s.instructionsLabel}
          placeholder={s.instructionsPlaceholder}
          value={draft.instructions}
          onChange={(event) => onChange({ instructions: event.currentTarget.value })}
          error={errors.instructions}
          rows={2}
          maxLength={500}
        />
        {dosage && (
          <Text size="sm" aria-live="polite">
            <Text span fw={600}>
              {s.previewLabel}
            </Text>
            {describeDosage(dosage)}
          </Text>
        )}
      </Stack>
    </Fieldset>
  );
}
