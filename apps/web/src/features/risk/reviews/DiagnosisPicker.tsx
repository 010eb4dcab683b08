import { Alert, Button, Group, Loader, Paper, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ConceptCode } from '@nexus/contracts';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useConditionSearch } from '../../records/api/queries.ts';
import recordClasses from '../../records/display/Records.module.css';
import { detailOf } from '../../records/problem-detail.ts';
import { riskStrings as s } from '../risk.strings.ts';

type DiagnosisPickerProps = {
  chosen: ConceptCode | null;
  suggested: ConceptCode | null;
  error: string | undefined;
  onChoose: (concept: ConceptCode | null) => void;
};

/** An optional diagnosis for the problem list, found in the condition catalogue as the doctor types. */
export function DiagnosisPicker({ chosen, suggested, error, onChoose }: DiagnosisPickerProps) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const search = useConditionSearch(query);
  const results = (search.data ?? []).flatMap(({ snomed }) =>
    snomed.system && snomed.code
      ? [{ system: snomed.system, code: snomed.code, display: snomed.display }]
      : [],
  );
  const isSearching = query.length >= 2 && search.isFetching;

  if (chosen)
    return (
      <Paper withBorder p="sm" radius="md" component="section" aria-label={s.chosenDiagnosis}>
        <div className={recordClasses.spread}>
          <div className={recordClasses.grow}>
            <Text size="xs" c="dimmed" fw={600}>
              {s.chosenDiagnosis}
            </Text>
            <Text fw={600}>{chosen.display}</Text>
            <Text size="sm" c="dimmed">
              {chosen.code}
            </Text>
          </div>
          <Button size="xs" variant="default" onClick={() => onChoose(null)}>
            {s.removeDiagnosis}
          </Button>
        </div>
      </Paper>
    );
  return (
    <Stack gap="xs">
      {suggested && (
        <Button
          variant="light"
          size="xs"
          onClick={() => onChoose(suggested)}
          style={{ alignSelf: 'flex-start' }}
        >
          {s.suggestDiagnosis(suggested.display)}
        </Button>
      )}
      <TextInput
        type="search"
        label={s.diagnosisSearchLabel}
        description={s.diagnosisSearchHint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        error={error}
        autoComplete="off"
      />
      <div aria-live="polite">
        {isSearching && (
          <Group gap="sm">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {s.searching}
            </Text>
          </Group>
        )}
        {query.length >= 2 && search.isSuccess && !isSearching && results.length === 0 && (
          <Text size="sm" c="dimmed">
            {s.noConditions}
          </Text>
        )}
      </div>
      {search.isError && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={s.searchFailed}>
          {detailOf(search.error)}
        </Alert>
      )}
      {query.length >= 2 && results.length > 0 && (
        <ul className={recordClasses.list} aria-label={s.conditionsFound}>
          {results.map((concept) => (
            <li key={concept.code} className={recordClasses.item}>
              <div className={recordClasses.spread}>
                <Text fw={600} className={recordClasses.grow}>
                  {concept.display}
                </Text>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={s.chooseLabel(concept.display)}
                  onClick={() => onChoose(concept)}
                >
                  {s.choose}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
