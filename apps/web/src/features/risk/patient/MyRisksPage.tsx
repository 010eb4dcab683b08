import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import type { PatientRiskOverview } from '@nexus/contracts';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { usePortal } from '../../../portals/shared/usePortal.ts';
import { OwnRecordPage } from '../../records/patient/OwnRecordPage.tsx';
import { detailOf } from '../../records/problem-detail.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useRiskOverview } from '../api/queries.ts';
import classes from '../display/Risk.module.css';
import { riskStrings as s } from '../risk.strings.ts';
import { CarePlanCard } from './CarePlanCard.tsx';
import { RiskCard } from './RiskCard.tsx';

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="md" component="section" aria-labelledby={id}>
      <Title order={2} fz="lg" id={id}>
        {title}
      </Title>
      {children}
    </Stack>
  );
}

/** What is missing, once per disease (two diabetes modules may need the same answers). */
function missingByDisease(pending: PatientRiskOverview['pending']): Array<[string, string[]]> {
  const byDisease = new Map<string, Set<string>>();
  for (const module of pending) {
    const labels = byDisease.get(module.disease.name) ?? new Set<string>();
    for (const field of module.missing) labels.add(field.label.toLowerCase());
    byDisease.set(module.disease.name, labels);
  }
  return [...byDisease].map(([disease, labels]) => [disease, [...labels]]);
}

function Overview({ overview }: { overview: PatientRiskOverview }) {
  const { portal } = usePortal();
  // Learned models are experimental tools for clinicians; patients see only the published equations and scores.
  const results = overview.results.filter((result) => result.moduleKind !== 'learned');
  return (
    <>
      <Section id="my-risks-results" title={s.resultsHeading}>
        {results.length === 0 ? (
          <Text c="dimmed">{s.resultsEmpty}</Text>
        ) : (
          results.map((result) => <RiskCard key={result.id} result={result} />)
        )}
      </Section>
      {overview.pending.length > 0 && (
        <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="my-risks-pending">
          <Title order={2} fz="lg" mb="xs" id="my-risks-pending">
            {s.pendingHeading}
          </Title>
          <Text mb="xs">{s.pendingIntro}</Text>
          <ul className={classes.list}>
            {missingByDisease(overview.pending).map(([disease, labels]) => (
              <li key={disease}>{s.pendingItem(disease, labels.join(', '))}</li>
            ))}
          </ul>
          <Anchor component={Link} to={`${portal.path}/symptoms`} fw={600} mt="sm" display="inline-block">
            {s.answerQuestions}
          </Anchor>
        </Paper>
      )}
      <Section id="my-risks-plans" title={s.plansHeading}>
        {overview.carePlans.length === 0 ? (
          <Text c="dimmed">{s.plansEmpty}</Text>
        ) : (
          overview.carePlans.map((plan) => <CarePlanCard key={plan.id} plan={plan} />)
        )}
      </Section>
    </>
  );
}

function MyRisks({ patientId }: { patientId: string }) {
  const overview = useRiskOverview(patientId);
  if (overview.data) return <Overview overview={overview.data} />;
  if (overview.isError)
    return (
      <LoadFailedAlert
        title={s.myRisksLoadFailed}
        detail={detailOf(overview.error)}
        retryLabel={s.retry}
        onRetry={() => void overview.refetch()}
      />
    );
  return <LoadingStatus label={s.myRisksLoading} />;
}

/** The patient's "My risks": each result in plain words with the doctor's review, what is missing, their plans. */
export function MyRisksPage() {
  return (
    <OwnRecordPage title={s.myRisksTitle} description={s.myRisksIntro}>
      {(patientId) => <MyRisks patientId={patientId} />}
    </OwnRecordPage>
  );
}
