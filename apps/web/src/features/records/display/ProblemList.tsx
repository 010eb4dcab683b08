import { Badge, Text } from '@mantine/core';
import type { ProblemEntry } from '@nexus/contracts';
import { formatRecordDate } from '../record-format.ts';
import { recordsStrings as s } from '../records.strings.ts';
import classes from './Records.module.css';

type ProblemListProps = {
  problems: readonly ProblemEntry[];
  /** The clinician's view: codes, verification, who recorded it, the note. */
  isDetailed?: boolean;
};

const isCurrent = (problem: ProblemEntry) =>
  problem.clinicalStatus === null ||
  problem.clinicalStatus === 'active' ||
  problem.clinicalStatus === 'recurrence' ||
  problem.clinicalStatus === 'relapse';

function ProblemItem({ problem, isDetailed }: { problem: ProblemEntry; isDetailed: boolean }) {
  const dates = [
    problem.onset ? s.since(formatRecordDate(problem.onset)) : null,
    problem.abatement ? s.resolvedOn(formatRecordDate(problem.abatement)) : null,
  ].filter((part) => part !== null);
  const details = isDetailed
    ? [
        problem.icd10?.code ? s.icd10(problem.icd10.code) : null,
        problem.verificationStatus ? s.verificationStatuses[problem.verificationStatus] : null,
        problem.recordedBy ? s.recordedBy(problem.recordedBy) : null,
      ].filter((part) => part !== null)
    : [];
  return (
    <li className={classes.item}>
      <div className={classes.line}>
        <Text component="span" className={classes.name}>
          {problem.code.display}
        </Text>
        {problem.clinicalStatus && (
          <Badge variant={isCurrent(problem) ? 'light' : 'default'} tt="none" size="sm">
            {s.clinicalStatuses[problem.clinicalStatus]}
          </Badge>
        )}
      </div>
      {dates.length > 0 && (
        <Text size="sm" c="dimmed">
          {dates.join(' · ')}
        </Text>
      )}
      {details.length > 0 && <Text size="sm">{details.join(' · ')}</Text>}
      {isDetailed && problem.note && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {problem.note}
        </Text>
      )}
    </li>
  );
}

/** The problem list: diagnoses with their status and onset; clinicians also see codes and notes. */
export function ProblemList({ problems, isDetailed = false }: ProblemListProps) {
  if (problems.length === 0) return <Text c="dimmed">{s.problemsEmpty}</Text>;
  return (
    <ul className={classes.list} aria-label={s.problemsLabel}>
      {problems.map((problem) => (
        <ProblemItem key={problem.id} problem={problem} isDetailed={isDetailed} />
      ))}
    </ul>
  );
}
