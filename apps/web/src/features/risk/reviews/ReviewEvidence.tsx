import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import type { AssessmentInput, ReviewDetail, RiskResult } from '@nexus/contracts';
import { RecordSection } from '../../records/display/RecordSection.tsx';
import { ScrollTable } from '../../records/display/ScrollTable.tsx';
import { formatRecordDate } from '../../records/record-format.ts';
import classes from '../display/Risk.module.css';
import { CategoryBadge, OriginBadge, VerdictBadge } from '../display/RiskBadges.tsx';
import { riskStrings as s } from '../risk.strings.ts';
import { formatEffect, formatProbability } from '../risk-format.ts';

const originDate = (input: AssessmentInput) => (input.origin.kind === 'record' ? input.origin.date : null);

/** Each input with its value and where it came from, so the doctor can check what the result rests on. */
export function InputsTable({ inputs }: { inputs: readonly AssessmentInput[] }) {
  return (
    <RecordSection title={s.inputsHeading}>
      <ScrollTable caption={s.inputsCaption} minWidth={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.inputColumn}</Table.Th>
            <Table.Th scope="col">{s.valueColumn}</Table.Th>
            <Table.Th scope="col">{s.sourceColumn}</Table.Th>
            <Table.Th scope="col">{s.dateColumn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {inputs.map((input) => {
            const date = originDate(input);
            return (
              <Table.Tr key={input.key}>
                <Table.Th scope="row" fw={500}>
                  {input.label}
                </Table.Th>
                <Table.Td>{input.display}</Table.Td>
                <Table.Td>
                  <Group gap="xs" wrap="wrap">
                    <OriginBadge kind={input.origin.kind} />
                    <Text size="sm">{input.origin.display}</Text>
                  </Group>
                </Table.Td>
                <Table.Td>
                  {date ? <time dateTime={date}>{formatRecordDate(date)}</time> : s.notRecorded}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </ScrollTable>
    </RecordSection>
  );
}

/** The factors behind the result, largest effect first, each with a bar and its direction in words. */
export function DriversTable({ contributions }: { contributions: RiskResult['contributions'] }) {
  const sorted = [...contributions].sort((a, b) => Math.abs(b.effect) - Math.abs(a.effect));
  const largest = Math.max(...sorted.map((c) => Math.abs(c.effect)), Number.EPSILON);
  const scales = [...new Set(sorted.map((c) => s.scales[c.scale]))].join(', ');
  return (
    <RecordSection title={s.driversHeading}>
      {sorted.length === 0 ? (
        <Text c="dimmed">{s.driversEmpty}</Text>
      ) : (
        <ScrollTable caption={s.driversCaption(scales)} minWidth={640}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{s.factorColumn}</Table.Th>
              <Table.Th scope="col">{s.valueColumn}</Table.Th>
              <Table.Th scope="col">{s.effectColumn}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((c) => {
              const direction = c.effect > 0 ? 'raises' : c.effect < 0 ? 'lowers' : 'none';
              const words =
                direction === 'raises' ? s.raises : direction === 'lowers' ? s.lowers : s.noEffect;
              return (
                <Table.Tr key={c.input}>
                  <Table.Th scope="row" fw={500}>
                    {c.label}
                  </Table.Th>
                  <Table.Td>{c.value}</Table.Td>
                  <Table.Td>
                    <div className={classes.meter}>
                      <div className={classes.track} aria-hidden>
                        <div
                          className={classes.bar}
                          data-direction={direction}
                          style={{ width: `${(Math.abs(c.effect) / largest) * 100}%` }}
                        />
                      </div>
                      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                        {formatEffect(c.effect)} ({words})
                      </Text>
                    </div>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </ScrollTable>
      )}
    </RecordSection>
  );
}

/** What the guidelines say about this patient: the verdict in words and the reasons. */
export function Findings({ findings }: { findings: RiskResult['findings'] }) {
  return (
    <RecordSection title={s.findingsHeading}>
      {findings.length === 0 ? (
        <Text c="dimmed">{s.findingsEmpty}</Text>
      ) : (
        <Stack gap="md">
          {findings.map((finding) => (
            <div key={finding.guideline}>
              <Group gap="xs" mb={4}>
                <Title order={3} fz="sm">
                  {finding.guideline}
                </Title>
                <VerdictBadge verdict={finding.verdict} />
              </Group>
              <Text size="sm" mb={4}>
                {finding.summary}
              </Text>
              <ul className={classes.list}>
                {finding.reasons.map((reason) => (
                  <li key={reason}>
                    <Text size="sm">{reason}</Text>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </Stack>
      )}
    </RecordSection>
  );
}

/** The module's advice for clinicians, and the published evidence behind the module. */
export function RecommendationsAndEvidence({ result }: { result: RiskResult }) {
  const forClinicians = result.recommendations.filter((r) => r.audience === 'clinician');
  const citationOf = (id: string) => result.references.find((reference) => reference.id === id)?.citation;
  return (
    <>
      <RecordSection title={s.recommendationsHeading}>
        {forClinicians.length === 0 ? (
          <Text c="dimmed">{s.recommendationsEmpty}</Text>
        ) : (
          <ul className={classes.list}>
            {forClinicians.map((recommendation) => (
              <li key={recommendation.text}>
                <Text size="sm">{recommendation.text}</Text>
                {citationOf(recommendation.reference) && (
                  <Text size="xs" c="dimmed">
                    {citationOf(recommendation.reference)}
                  </Text>
                )}
              </li>
            ))}
          </ul>
        )}
      </RecordSection>
      <RecordSection title={s.evidenceHeading}>
        <ul className={classes.list}>
          {result.references.map((reference) => (
            <li key={reference.id}>
              {reference.url ? (
                <Anchor href={reference.url} target="_blank" rel="noreferrer" size="sm">
                  {reference.citation}
                </Anchor>
              ) : (
                <Text size="sm">{reference.citation}</Text>
              )}
            </li>
          ))}
        </ul>
      </RecordSection>
    </>
  );
}

/** The patient's earlier results of the same module, for the trend. */
export function HistoryTable({ history }: { history: ReviewDetail['history'] }) {
  if (history.length === 0) return null;
  return (
    <RecordSection title={s.historyHeading}>
      <ScrollTable caption={s.historyCaption} minWidth={420}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{s.dateColumn}</Table.Th>
            <Table.Th scope="col">{s.riskColumn}</Table.Th>
            <Table.Th scope="col">{s.categoryColumn}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {history.map((entry) => (
            <Table.Tr key={entry.assessedAt}>
              <Table.Td>
                <time dateTime={entry.assessedAt}>{formatRecordDate(entry.assessedAt)}</time>
              </Table.Td>
              <Table.Td>{formatProbability(entry.probability)}</Table.Td>
              <Table.Td>
                <CategoryBadge category={entry.category} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </ScrollTable>
    </RecordSection>
  );
}
