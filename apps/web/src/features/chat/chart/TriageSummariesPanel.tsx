import { Blockquote, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { TriageSummaryView } from '@nexus/contracts';
import { useId } from 'react';
import { QueryView } from '../../medications/display/QueryView.tsx';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { formatRecordDateTime } from '../../records/record-format.ts';
import { DetailList } from '../../shell/DetailList.tsx';
import { useTriageSummaries } from '../api/queries.ts';
import classes from '../Chat.module.css';
import { AppointmentBadge, LikelihoodBadge, TriageLevelBadge } from '../cards/TriageBadges.tsx';
import { chatStrings as s } from '../chat.strings.ts';

const listOrNone = (items: readonly string[]) => (items.length > 0 ? items.join(', ') : s.noneNoted);

function SummaryItem({ summary }: { summary: TriageSummaryView }) {
  const titleId = useId();
  return (
    <Paper component="article" withBorder p="md" aria-labelledby={titleId}>
      <Stack gap="sm">
        <Group gap="sm" wrap="wrap">
          <Title order={3} fz="md" id={titleId}>
            {s.summaryShared(formatRecordDateTime(summary.sharedAt))}
          </Title>
          <TriageLevelBadge level={summary.level} label={summary.levelLabel} />
          {summary.appointmentRequested && <AppointmentBadge />}
        </Group>
        <DetailList
          items={[
            { label: s.presentChartLabel, value: listOrNone(summary.present) },
            { label: s.absentChartLabel, value: listOrNone(summary.absent) },
            ...summary.facts.map((fact) => ({ label: fact.label, value: fact.value })),
            ...(summary.reasons.length > 0
              ? [
                  {
                    label: s.reasonsHeading,
                    value: (
                      <ul className={classes.list}>
                        {summary.reasons.map((reason) => (
                          <li key={reason}>{reason}</li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : []),
            ...(summary.conditions.length > 0
              ? [
                  {
                    label: s.conditionsLabel,
                    value: (
                      <ul className={classes.plain}>
                        {summary.conditions.map((condition) => (
                          <li key={condition.name}>
                            <Group gap="xs" wrap="wrap" component="span">
                              <span>{condition.name}</span>
                              <LikelihoodBadge likelihood={condition.likelihood} />
                            </Group>
                          </li>
                        ))}
                      </ul>
                    ),
                  },
                ]
              : []),
          ]}
        />
        {summary.patientWords && (
          <div>
            <Text size="sm" c="dimmed" fw={500}>
              {s.patientWordsLabel}
            </Text>
            <Blockquote
              p="sm"
              mt={4}
              color="gray"
              styles={{ root: { fontSize: 'var(--mantine-font-size-sm)' } }}
            >
              {`“${summary.patientWords}”`}
            </Blockquote>
          </div>
        )}
        {summary.note && (
          <div>
            <Text size="sm" c="dimmed" fw={500}>
              {s.noteFromPatient}
            </Text>
            <Text size="sm">{summary.note}</Text>
          </div>
        )}
      </Stack>
    </Paper>
  );
}

/** The chart's Assistant tab: the triage summaries the patient shared from the health assistant. */
export function TriageSummariesPanel({ patientId }: { patientId: string }) {
  const summaries = useTriageSummaries(patientId);
  return (
    <RecordSection title={s.summariesHeading}>
      <QueryView query={summaries} loadingLabel={s.summariesLoading} failedTitle={s.summariesLoadFailed}>
        {(list) =>
          list.length === 0 ? (
            <Text c="dimmed">{s.summariesEmpty}</Text>
          ) : (
            <Stack component="ul" gap="sm" aria-label={s.summariesLabel} className={classes.plain}>
              {[...list]
                .sort((a, b) => Date.parse(b.sharedAt) - Date.parse(a.sharedAt))
                .map((summary) => (
                  <li key={summary.id}>
                    <SummaryItem summary={summary} />
                  </li>
                ))}
            </Stack>
          )
        }
      </QueryView>
    </RecordSection>
  );
}
