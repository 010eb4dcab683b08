import { Button, Group, Paper, Text, ThemeIcon, Title } from '@mantine/core';
import type { QuestionnaireAnswers } from '@nexus/contracts';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useSymptomsQuestionnaire } from '../api/queries.ts';
import { detailOf } from '../problem-detail.ts';
import { QuestionnaireForm } from '../questionnaire/QuestionnaireForm.tsx';
import { questionnaireStrings as q } from '../questionnaire/questionnaire.strings.ts';
import { ResponsesList } from '../questionnaire/ResponsesList.tsx';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { OwnRecordPage } from './OwnRecordPage.tsx';
import { patientRecordStrings as s } from './patient-record.strings.ts';

function SentPanel({ response, onAgain }: { response: QuestionnaireAnswers; onAgain: () => void }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The form the patient was in is gone: focus moves to what replaced it, which is read out.
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby="symptoms-sent">
      <Group gap="sm" mb="xs" wrap="nowrap">
        <ThemeIcon variant="light" color="teal" size={36} radius="xl" aria-hidden>
          <IconCircleCheck size={22} />
        </ThemeIcon>
        <Title order={2} fz="lg" id="symptoms-sent" ref={headingRef} tabIndex={-1}>
          {q.sentTitle}
        </Title>
      </Group>
      <Text mb="md">
        {q.sentDetail}{' '}
        <time dateTime={response.submittedAt}>{formatRecordDateTime(response.submittedAt)}</time>
      </Text>
      <Button variant="default" onClick={onAgain}>
        {q.answerAgain}
      </Button>
    </Paper>
  );
}

function Symptoms({ patientId }: { patientId: string }) {
  const questionnaire = useSymptomsQuestionnaire();
  const [sent, setSent] = useState<QuestionnaireAnswers | null>(null);
  return (
    <>
      {sent ? (
        <SentPanel response={sent} onAgain={() => setSent(null)} />
      ) : questionnaire.data ? (
        <QuestionnaireForm patientId={patientId} definition={questionnaire.data} onSubmitted={setSent} />
      ) : questionnaire.isError ? (
        <LoadFailedAlert
          title={q.loadFailed}
          detail={detailOf(questionnaire.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void questionnaire.refetch()}
        />
      ) : (
        <LoadingStatus label={q.loading} />
      )}
      <ResponsesList patientId={patientId} title={q.previousHeading} />
    </>
  );
}

/** The symptoms-and-history questionnaire for the patient, and what they sent before. */
export function SymptomsPage() {
  return (
    <OwnRecordPage title={s.symptomsTitle} description={s.symptomsIntro}>
      {(patientId) => <Symptoms patientId={patientId} />}
    </OwnRecordPage>
  );
}
