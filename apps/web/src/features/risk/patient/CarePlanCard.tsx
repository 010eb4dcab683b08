import { Paper, Stack, Text, Title } from '@mantine/core';
import type { CarePlanView } from '@nexus/contracts';
import { useId } from 'react';
import { formatRecordDate } from '../../records/record-format.ts';
import classes from '../display/Risk.module.css';
import { riskStrings as s } from '../risk.strings.ts';

/** A treatment plan as the patient reads it: who made it, its goals, and what comes next. */
export function CarePlanCard({ plan }: { plan: CarePlanView }) {
  const headingId = useId();
  const byLine = s.planBy(plan.author, plan.created ? formatRecordDate(plan.created) : null);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <div>
          <Title order={3} fz="md" id={headingId}>
            {plan.title}
          </Title>
          {byLine && (
            <Text size="sm" c="dimmed">
              {byLine}
            </Text>
          )}
        </div>
        {plan.description && <Text>{plan.description}</Text>}
        {plan.goals.length > 0 && (
          <div>
            <Title order={4} fz="sm" mb={4}>
              {s.goalsHeading}
            </Title>
            <ul className={classes.list}>
              {plan.goals.map((goal) => (
                <li key={`${goal.description}-${goal.targetDate}`}>
                  {goal.description}
                  {goal.targetDate && ` (${s.goalBy(formatRecordDate(goal.targetDate))})`}
                </li>
              ))}
            </ul>
          </div>
        )}
        <div>
          <Title order={4} fz="sm" mb={4}>
            {s.nextStepsHeading}
          </Title>
          {plan.nextSteps.length === 0 ? (
            <Text size="sm">{s.nextStepsEmpty}</Text>
          ) : (
            <ul className={classes.list}>
              {plan.nextSteps.map((step, index) => (
                // Steps can repeat (two tests on different days): the position keeps them apart.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is read-only and never reordered.
                <li key={index}>
                  {step.description}: {step.date ? formatRecordDate(step.date) : s.noDate}
                </li>
              ))}
            </ul>
          )}
        </div>
        {plan.followUpDate && <Text fw={500}>{s.followUp(formatRecordDate(plan.followUpDate))}</Text>}
      </Stack>
    </Paper>
  );
}
