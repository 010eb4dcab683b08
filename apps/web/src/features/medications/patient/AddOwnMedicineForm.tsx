import { Alert, Button, Checkbox, Group, Stack, Text } from '@mantine/core';
import type { SafetyAlert } from '@nexus/contracts';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { detailOf } from '../../records/problem-detail.ts';
import { localToday } from '../../records/writing/form-values.ts';
import { warningAlertStyles } from '../../risk/display/RiskBadges.tsx';
import { useAddOwnMedication } from '../api/mutations.ts';
import { SeverityBadge } from '../display/MedicationBadges.tsx';
import { type ChosenProduct, MedicineSearch } from '../display/MedicineSearch.tsx';
import { DosageFields } from '../dosage/DosageFields.tsx';
import {
  checkDosage,
  type DosageDraft,
  type DosageErrors,
  dosageDefaultsFor,
  emptyDosage,
} from '../dosage/dosage-form.ts';
import { medicationStrings as s } from '../medications.strings.ts';

type Outcome =
  | { kind: 'added'; medicine: string; alerts: SafetyAlert[] }
  | { kind: 'failed'; detail: string };

/** What the check found about a medicine the patient added, in plain words. */
function AddedOutcome({ medicine, alerts }: { medicine: string; alerts: SafetyAlert[] }) {
  if (alerts.length === 0)
    return (
      <Alert color="teal" variant="light" icon={<IconCircleCheck aria-hidden />} title={s.added(medicine)}>
        {s.addNoAlerts}
      </Alert>
    );
  return (
    <Alert
      color="orange"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={s.addAlertsTitle}
      styles={warningAlertStyles}
    >
      <Stack gap="xs">
        <Text size="sm">{s.added(medicine)}</Text>
        <Text size="sm">{s.addAlertsIntro}</Text>
        <Stack component="ul" gap="xs" m={0} pl="md">
          {alerts.map((alert) => (
            <li key={alert.key}>
              <Group gap="xs">
                <SeverityBadge severity={alert.severity} isPlain />
                <Text size="sm" fw={600}>
                  {alert.title}
                </Text>
              </Group>
              {alert.involves.length > 0 && <Text size="sm">{s.involves(alert.involves.join(', '))}</Text>}
            </li>
          ))}
        </Stack>
      </Stack>
    </Alert>
  );
}

/** Adds a medicine the patient takes: from the catalogue, with how they take it, and reminders if they like. */
export function AddOwnMedicineForm({ patientId }: { patientId: string }) {
  const add = useAddOwnMedication(patientId);
  const [product, setProduct] = useState<ChosenProduct | null>(null);
  const [draft, setDraft] = useState<DosageDraft>(() => emptyDosage(localToday(new Date())));
  const [isReminded, setReminded] = useState(true);
  const [errors, setErrors] = useState<DosageErrors & { product?: string }>({});
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  // A new search starts with an empty field, once the last medicine is added.
  const [formKey, setFormKey] = useState(0);

  const choose = (chosen: ChosenProduct | null) => {
    setProduct(chosen);
    if (chosen) setDraft((current) => ({ ...current, ...dosageDefaultsFor(chosen.form) }));
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkDosage(draft);
    setErrors({ ...checked.errors, product: product ? undefined : s.medicineRequired });
    setOutcome(null);
    if (!product || !checked.dosage) return;
    add.mutate(
      { productId: product.id, dosage: checked.dosage, reminders: isReminded },
      {
        onSuccess: (result) => {
          setOutcome({ kind: 'added', medicine: product.name, alerts: result.alerts });
          setProduct(null);
          setDraft(emptyDosage(localToday(new Date())));
          setFormKey((key) => key + 1);
        },
        onError: (error) => {
          if (!isUnauthorized(error)) setOutcome({ kind: 'failed', detail: detailOf(error) });
        },
      },
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{s.addIntro}</Text>
        <MedicineSearch
          key={formKey}
          label={s.addMedicineLabel}
          description={s.addMedicineHint}
          chosen={product}
          onChoose={choose}
          error={errors.product}
        />
        <DosageFields
          draft={draft}
          errors={errors}
          onChange={(part) => setDraft((d) => ({ ...d, ...part }))}
        />
        <Checkbox
          label={s.remindMe}
          checked={isReminded}
          onChange={(event) => setReminded(event.currentTarget.checked)}
        />
        <div aria-live="polite">
          {outcome?.kind === 'added' && <AddedOutcome medicine={outcome.medicine} alerts={outcome.alerts} />}
        </div>
        {outcome?.kind === 'failed' && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.addFailed}>
            {outcome.detail}
          </Alert>
        )}
        <div>
          <Button type="submit" loading={add.isPending}>
            {s.addSubmit}
          </Button>
        </div>
      </Stack>
    </form>
  );
}
