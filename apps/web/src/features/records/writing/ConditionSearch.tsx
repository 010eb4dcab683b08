import { Alert, Button, Group, Loader, Paper, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import type { ConditionConcept } from '@nexus/contracts';
import { IconAlertTriangle, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useConditionSearch } from '../api/queries.ts';
import classes from '../display/Records.module.css';
import { detailOf } from '../problem-detail.ts';
import { writingStrings as s } from './writing.strings.ts';

type ConditionSearchProps = {
  chosen: ConditionConcept | null;
  error: string | undefined;
  onChoose: (concept: ConditionConcept | null) => void;
};

const codesOf = (concept: ConditionConcept) =>
  [
    concept.snomed.code ? s.snomed(concept.snomed.code) : null,
    concept.icd10?.code ? s.icd10(concept.icd10.code) : null,
  ]
    .filter((part) => part !== null)
    .join(' · ');

/** Finds a condition in the catalogue as the clinician types, and shows the one chosen. */
export function ConditionSearch({ chosen, error, onChoose }: ConditionSearchProps) {
  const [text, setText] = useState('');
  const [query] = useDebouncedValue(text.trim(), 250);
  const search = useConditionSearch(query);
  const results = (search.data ?? []).filter((concept) => concept.snomed.code && concept.snomed.system);
  const isSearching = query.length >= 2 && search.isFetching;

  if (chosen) {
    return (
      <Paper withBorder p="sm" radius="md" aria-label={s.chosenLabel} component="section">
        <div className={classes.spread}>
          <div className={classes.grow}>
            <Text size="xs" c="dimmed" fw={600}>
              {s.chosenLabel}
            </Text>
            <Text fw={600}>{chosen.snomed.display}</Text>
            <Text size="sm" c="dimmed">
              {codesOf(chosen)}
            </Text>
          </div>
          <Button size="xs" variant="default" onClick={() => onChoose(null)}>
            {s.change}
          </Button>
        </div>
      </Paper>
    );
  }
  return (
    <div>
      <TextInput
        type="search"
        label={s.conditionSearchLabel}
        description={s.conditionSearchHint}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        leftSection={<IconSearch size={16} aria-hidden />}
        error={error}
        required
        autoComplete="off"
        data-autofocus
      />
      <div aria-live="polite">
        {isSearching && (
          <Group gap="sm" mt="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              {s.conditionSearching}
            </Text>
          </Group>
        )}
        {query.length >= 2 && search.isSuccess && !isSearching && results.length === 0 && (
          <Text size="sm" c="dimmed" mt="xs">
            {s.noConditions}
          </Text>
        )}
      </div>
      {search.isError && (
        <Alert
          color="red"
          variant="light"
          mt="xs"
          icon={<IconAlertTriangle aria-hidden />}
          title={s.conditionSearchFailed}
        >
          {detailOf(search.error)}
        </Alert>
      )}
      {query.length >= 2 && results.length > 0 && (
        <ul className={classes.list} aria-label={s.conditionsFound} style={{ marginTop: 8 }}>
          {results.map((concept) => (
            <li key={concept.snomed.code} className={classes.item}>
              <div className={classes.spread}>
                <div className={classes.grow}>
                  <Text fw={600}>{concept.snomed.display}</Text>
                  <Text size="sm" c="dimmed">
                    {codesOf(concept)}
                  </Text>
                </div>
                <Button
                  size="xs"
                  variant="light"
                  aria-label={s.chooseLabel(concept.snomed.display)}
                  onClick={() => onChoose(concept)}
                >
                  {s.choose}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
