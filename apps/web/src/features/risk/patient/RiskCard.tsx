import { Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { RiskResult } from '@nexus/contracts';
import { useId } from 'react';
import { formatRecordDate } from '../../records/record-format.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { patientReviewText } from '../risk-format.ts';

/** One result for the patient: what it means in everyday words, what they can do, and the doctor's review. */
export function RiskCard({ result }: { result: RiskResult }) {
  const headingId = useId();
  const isAssessed = result.status === 'assessed';
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id={headingId}>
            {result.disease.name}
          </Title>
          <Text size="sm" c="dimmed">
            {result.moduleName}
          </Text>
        </div>
        <Group gap="xs">
          <Text fw={600}>{s.yourRisk}:</Text>
          <CategoryBadge category={isAssessed ? result.category : null} />
        </Group>
        <Text>{result.plainLanguage.meaning}</Text>
        {result.plainLanguage.whatYouCanDo.length > 0 && (
          <div>
            <Title order={4} fz="sm" mb={4}>
              {s.whatYouCanDo}
            </Title>
            <ul className={classes.list}>
              {result.plainLanguage.whatYouCanDo.map((advice) => (
                <li key={advice}>{advice}</li>
              ))}
            </ul>
          </div>
        )}
        <Text size="sm" fw={500}>
          {patientReviewText(result)}
        </Text>
        <Text size="sm" c="dimmed">
          <time dateTime={result.assessedAt}>{s.assessedOn(formatRecordDate(result.assessedAt))}</time>
        </Text>
      </Stack>
    </Paper>
  );
}
