import { Button, Collapse, Paper, Stack, Text, Title } from '@mantine/core';
import type { QuestionnaireAnswers } from '@nexus/contracts';
import { IconChevronDown, IconChevronUp } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { DetailList } from '../../shell/DetailList.tsx';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import { useQuestionnaireResponses } from '../api/queries.ts';
import classes from '../display/Records.module.css';
import { detailOf } from '../problem-detail.ts';
import { formatRecordDateTime } from '../record-format.ts';
import { recordsStrings } from '../records.strings.ts';
import { questionnaireStrings as s } from './questionnaire.strings.ts';

function ResponseItem({
  response,
  isOpenAtFirst,
}: {
  response: QuestionnaireAnswers;
  isOpenAtFirst: boolean;
}) {
  const [isOpen, setOpen] = useState(isOpenAtFirst);
  const answersId = useId();
  return (
    <li className={classes.item}>
      <div className={classes.spread}>
        <div className={classes.grow}>
          <Title order={3} fz="md">
            {s.responseTitle(response.questionnaireTitle, formatRecordDateTime(response.submittedAt))}
          </Title>
          {response.author && (
            <Text size="sm" c="dimmed">
              {s.answeredBy(response.author)}
            </Text>
          )}
        </div>
        <Button
          size="xs"
          variant="default"
          aria-expanded={isOpen}
          aria-controls={answersId}
          rightSection={
            isOpen ? <IconChevronUp size={14} aria-hidden /> : <IconChevronDown size={14} aria-hidden />
          }
          onClick={() => setOpen((open) => !open)}
        >
          {isOpen ? s.hideAnswers : s.showAnswers}
        </Button>
      </div>
      <Collapse expanded={isOpen} id={answersId}>
        <Stack gap="md" mt="sm">
          {response.sections.map((section) => (
            <div key={section.title}>
              <Text fw={600} mb={4}>
                {section.title}
              </Text>
              <DetailList
                items={section.answers.map((answer) => ({ label: answer.question, value: answer.answer }))}
              />
            </div>
          ))}
        </Stack>
      </Collapse>
    </li>
  );
}

type ResponsesListProps = {
  patientId: string;
  title: string;
  /** The clinician's tab shows the newest answers straight away. */
  isNewestOpen?: boolean;
};

/** The questionnaires the patient answered, newest first, each opened to read its answers. */
export function ResponsesList({ patientId, title, isNewestOpen = false }: ResponsesListProps) {
  const responses = useQuestionnaireResponses(patientId);
  const list = responses.data ?? [];
  const headingId = useId();
  return (
    <Paper withBorder p={{ base: 'md', sm: 'lg' }} component="section" aria-labelledby={headingId}>
      <Title order={2} fz="lg" mb="md" id={headingId}>
        {title}
      </Title>
      {responses.isPending ? (
        <LoadingStatus label={s.responsesLoading} />
      ) : responses.isError && !responses.data ? (
        <LoadFailedAlert
          title={s.responsesLoadFailed}
          detail={detailOf(responses.error)}
          retryLabel={recordsStrings.retry}
          onRetry={() => void responses.refetch()}
        />
      ) : list.length === 0 ? (
        <Text c="dimmed">{s.responsesEmpty}</Text>
      ) : (
        <ul className={classes.list} aria-label={s.responsesLabel}>
          {list.map((response, index) => (
            <ResponseItem key={response.id} response={response} isOpenAtFirst={isNewestOpen && index === 0} />
          ))}
        </ul>
      )}
    </Paper>
  );
}
