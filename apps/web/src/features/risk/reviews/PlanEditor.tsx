import { Button, Fieldset, NativeSelect, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { CarePlanActivityKind } from '@nexus/contracts';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useRef } from 'react';
import classes from '../display/Risk.module.css';
import { riskStrings as s } from '../risk.strings.ts';
import type { ActivityRow, DecisionErrors, GoalRow, PlanDraft } from './decision-form.ts';

type PlanEditorProps = {
  plan: PlanDraft;
  errors: DecisionErrors;
  onChange: (plan: PlanDraft) => void;
};

/** The treatment plan a decision creates: title, description, goals, activities and the follow-up date. */
export function PlanEditor({ plan, errors, onChange }: PlanEditorProps) {
  // Row ids only keep React's keys stable while rows are added and removed.
  const nextId = useRef(1000);
  const newId = () => {
    nextId.current += 1;
    return nextId.current;
  };
  const change = (part: Partial<PlanDraft>) => onChange({ ...plan, ...part });
  const changeGoal = (id: number, part: Partial<GoalRow>) =>
    change({ goals: plan.goals.map((goal) => (goal.id === id ? { ...goal, ...part } : goal)) });
  const changeActivity = (id: number, part: Partial<ActivityRow>) =>
    change({
      activities: plan.activities.map((activity) =>
        activity.id === id ? { ...activity, ...part } : activity,
      ),
    });

  return (
    <Fieldset legend={s.planHeading}>
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {s.planHint}
        </Text>
        <TextInput
          label={s.planTitleLabel}
          value={plan.title}
          onChange={(event) => change({ title: event.currentTarget.value })}
          error={errors['carePlan.title']}
          required
          maxLength={200}
        />
        <Textarea
          label={s.planDescriptionLabel}
          value={plan.description}
          onChange={(event) => change({ description: event.currentTarget.value })}
          error={errors['carePlan.description']}
          rows={3}
          maxLength={4000}
        />
        <Fieldset legend={s.goalsLabel} variant="unstyled">
          <ul className={classes.plain}>
            {plan.goals.map((goal, index) => (
              <li key={goal.id}>
                <Fieldset legend={s.goalLabel(index + 1)} variant="unstyled" className={classes.row}>
                  <TextInput
                    label={s.goalDescriptionLabel}
                    value={goal.description}
                    onChange={(event) => changeGoal(goal.id, { description: event.currentTarget.value })}
                    error={errors[`carePlan.goals.${index}.description`]}
                    maxLength={500}
                  />
                  <TextInput
                    type="date"
                    label={s.goalDateLabel}
                    value={goal.targetDate}
                    onChange={(event) => changeGoal(goal.id, { targetDate: event.currentTarget.value })}
                    error={errors[`carePlan.goals.${index}.targetDate`]}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() => change({ goals: plan.goals.filter((other) => other.id !== goal.id) })}
                  >
                    {s.removeGoal(index + 1)}
                  </Button>
                </Fieldset>
              </li>
            ))}
          </ul>
          <Button
            variant="default"
            size="sm"
            mt="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              change({ goals: [...plan.goals, { id: newId(), description: '', targetDate: '' }] })
            }
            disabled={plan.goals.length >= 20}
          >
            {s.addGoal}
          </Button>
        </Fieldset>
        <Fieldset legend={s.activitiesLabel} variant="unstyled">
          <ul className={classes.plain}>
            {plan.activities.map((activity, index) => (
              <li key={activity.id}>
                <Fieldset legend={s.activityLabel(index + 1)} variant="unstyled" className={classes.row}>
                  <NativeSelect
                    label={s.activityKindLabel}
                    value={activity.kind}
                    onChange={(event) => {
                      const kind = CarePlanActivityKind.safeParse(event.currentTarget.value);
                      if (kind.success) changeActivity(activity.id, { kind: kind.data });
                    }}
                    data={CarePlanActivityKind.options.map((kind) => ({
                      value: kind,
                      label: s.activityKinds[kind],
                    }))}
                  />
                  <TextInput
                    label={s.activityDescriptionLabel}
                    value={activity.description}
                    onChange={(event) =>
                      changeActivity(activity.id, { description: event.currentTarget.value })
                    }
                    error={errors[`carePlan.activities.${index}.description`]}
                    maxLength={500}
                  />
                  <TextInput
                    type="date"
                    label={s.activityDateLabel}
                    value={activity.scheduledDate}
                    onChange={(event) =>
                      changeActivity(activity.id, { scheduledDate: event.currentTarget.value })
                    }
                    error={errors[`carePlan.activities.${index}.scheduledDate`]}
                  />
                  <Button
                    variant="subtle"
                    color="red"
                    leftSection={<IconTrash size={16} aria-hidden />}
                    onClick={() =>
                      change({ activities: plan.activities.filter((other) => other.id !== activity.id) })
                    }
                  >
                    {s.removeActivity(index + 1)}
                  </Button>
                </Fieldset>
              </li>
            ))}
          </ul>
          <Button
            variant="default"
            size="sm"
            mt="xs"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() =>
              change({
                activities: [
                  ...plan.activities,
                  { id: newId(), kind: 'lifestyle', description: '', scheduledDate: '' },
                ],
              })
            }
            disabled={plan.activities.length >= 40}
          >
            {s.addActivity}
          </Button>
        </Fieldset>
        <TextInput
          type="date"
          label={s.followUpLabel}
          value={plan.followUpDate}
          onChange={(event) => change({ followUpDate: event.currentTarget.value })}
          error={errors['carePlan.followUpDate']}
          maw={240}
        />
      </Stack>
    </Fieldset>
  );
}
