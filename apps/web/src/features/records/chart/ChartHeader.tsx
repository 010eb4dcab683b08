import { Alert, Stack, Text } from '@mantine/core';
import type { Allergy, PatientDemographics } from '@nexus/contracts';
import { IconAlertTriangle, IconInfoCircle } from '@tabler/icons-react';
import { PageHeader } from '../../shell/PageHeader.tsx';
import { formatRecordDate } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import classes from './Chart.module.css';
import { chartStrings as s } from './chart.strings.ts';

type ChartHeaderProps = {
  patient: PatientDemographics;
  allergies: readonly Allergy[];
  eyebrow: string;
};

function factsOf(patient: PatientDemographics) {
  return [
    {
      label: s.ageLabel,
      value: patient.ageYears === null ? s.unknown : recordsStrings.ageYears(patient.ageYears),
    },
    { label: s.sexLabel, value: patient.gender ? recordsStrings.genders[patient.gender] : s.unknown },
    { label: s.birthDateLabel, value: patient.birthDate ? formatRecordDate(patient.birthDate) : s.unknown },
    ...(patient.deceasedAt ? [{ label: s.deceasedLabel, value: formatRecordDate(patient.deceasedAt) }] : []),
    ...patient.identifiers.map((identifier) => ({ label: identifier.label, value: identifier.value })),
  ];
}

/**
 * The top of a chart: who the patient is (name, age, sex, birth date, record numbers) and, always in
 * view, their allergies. A standing notice rather than an alert, so it is read in order, not shouted.
 */
export function ChartHeader({ patient, allergies, eyebrow }: ChartHeaderProps) {
  const hasAllergies = allergies.length > 0;
  return (
    <Stack gap="md">
      <PageHeader eyebrow={eyebrow} title={patient.displayName} />
      <dl className={classes.facts}>
        {factsOf(patient).map((fact) => (
          <div key={`${fact.label}:${fact.value}`} className={classes.fact}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <Alert
        role="note"
        variant="light"
        color={hasAllergies ? 'red' : 'gray'}
        icon={hasAllergies ? <IconAlertTriangle aria-hidden /> : <IconInfoCircle aria-hidden />}
        title={s.allergiesBannerTitle}
        aria-label={s.allergiesBannerTitle}
      >
        <Text size="sm" fw={hasAllergies ? 600 : undefined}>
          {hasAllergies
            ? allergies
                .map((allergy) =>
                  s.allergyItem(
                    allergy.substance.display,
                    allergy.criticality ? (recordsStrings.criticality[allergy.criticality] ?? null) : null,
                  ),
                )
                .join(' · ')
            : s.allergiesBannerNone}
        </Text>
      </Alert>
    </Stack>
  );
}
