import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { QuestionnaireAnswers, QuestionnaireDefinition } from '@nexus/contracts';
import { IconAlertTriangle, IconSend } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { isUnauthorized } from '../../../api/api-error.ts';
import { useSubmitQuestionnaire } from '../api/mutations.ts';
import { detailOf } from '../problem-detail.ts';
import { fieldId, QuestionField } from './QuestionField.tsx';
import { questionnaireStrings as s } from './questionnaire.strings.ts';
import { checkAnswers, type Draft, isEnabled, questionsOf } from './questionnaire-form.ts';

type QuestionnaireFormProps = {
  patientId: string;
  definition: QuestionnaireDefinition;
  onSubmitted: (response: QuestionnaireAnswers) => void;
};

/** Focuses the first answer to fix: the input itself, or the first input of a group of options. */
function focusField(linkId: string) {
  const element = document.getElementById(fieldId(linkId));
  const target = element?.matches('input, select, textarea')
    ? element
    : element?.querySelector<HTMLElement>('input, select, textarea');
  target?.focus();
}

/**
 * The questionnaire, section by section. Questions that depend on an earlier answer appear once it is
 * given; answers are checked when sent, and the first one to fix gets the focus.
 */
export function QuestionnaireForm({ patientId, definition, onSubmitted }: QuestionnaireFormProps) {
  const submit = useSubmitQuestionnaire(patientId);
  const [draft, setDraft] = useState<Draft>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<string | null>(null);
  const byLinkId = new Map(questionsOf(definition).map((question) => [question.linkId, question]));
  const errorCount = Object.keys(errors).length;

  const send = (event: FormEvent) => {
    event.preventDefault();
    const checked = checkAnswers(definition, draft);
    setErrors(checked.errors);
    setFailure(null);
    const [firstError] = Object.keys(checked.errors);
    if (firstError) {
      focusField(firstError);
      return;
    }
    submit.mutate(
      { answers: checked.answers },
      {
        onSuccess: (response) => {
          setDraft({});
          onSubmitted(response);
        },
        onError: (error) => {
          if (!isUnauthorized(error)) setFailure(detailOf(error));
        },
      },
    );
  };

  return (
    <form onSubmit={send} noValidate aria-label={definition.title}>
      <Stack gap="lg">
        {definition.description && <Text>{definition.description}</Text>}
        {errorCount > 0 && (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={s.errorSummaryTitle}
          >
            {s.errorSummary(errorCount)}
          </Alert>
        )}
        {definition.sections.map((section) => (
          <Paper
            key={section.linkId}
            withBorder
            p={{ base: 'md', sm: 'lg' }}
            component="section"
            aria-labelledby={`section-${section.linkId}`}
          >
            <Title order={2} fz="lg" mb="md" id={`section-${section.linkId}`}>
              {section.title}
            </Title>
            <Stack gap="lg">
              {section.questions
                .filter((question) => isEnabled(question, draft, byLinkId))
                .map((question) => (
                  <QuestionField
                    key={question.linkId}
                    question={question}
                    value={draft[question.linkId]}
                    error={errors[question.linkId]}
                    onChange={(value) => setDraft((current) => ({ ...current, [question.linkId]: value }))}
                  />
                ))}
            </Stack>
          </Paper>
        ))}
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.submitFailed}>
            {failure}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={submit.isPending} leftSection={<IconSend size={18} aria-hidden />}>
            {s.submit}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
