import { Anchor, Group, NativeSelect, Paper, Text, TextInput, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { MyPatientsSort, type PatientUnderCare } from '@nexus/contracts';
import { IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { patientChartPath } from '../../records/chart/patient-chart-entry.ts';
import { formatRecordDate } from '../../records/record-format.ts';
import { LoadFailedAlert } from '../../shell/LoadFailedAlert.tsx';
import { LoadingStatus } from '../../shell/LoadingStatus.tsx';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatDay } from '../access-times.ts';
import { detailOf } from '../problem-detail.ts';
import { DEFAULT_SEARCH, type PatientSearch, useMyPatientsSearch } from './my-patients.queries.ts';
import { myPatientsStrings as m } from './my-patients.strings.ts';

function PatientItem({ entry, portalPath }: { entry: PatientUnderCare; portalPath: string }) {
  const facts = [
    entry.birthDate ? m.born(formatRecordDate(entry.birthDate)) : null,
    entry.gender ? m.genders[entry.gender] : null,
    entry.mrn ? m.recordNumber(entry.mrn) : null,
  ].filter((fact) => fact !== null);
  return (
    <li className={classes.item}>
      <div className={classes.who}>
        <Title order={3} fz="md">
          <Anchor component={Link} to={patientChartPath(portalPath, entry.patient.id)} underline="always">
            {entry.patient.displayName}
          </Anchor>
        </Title>
        {facts.length > 0 && <Text size="sm">{facts.join(' · ')}</Text>}
        <Text size="sm" c="dimmed">
          {[
            ...entry.via.map((v) => s.via(v.source, v.organisationName)),
            s.since(formatDay(entry.since)),
          ].join(' · ')}
        </Text>
      </div>
    </li>
  );
}

/** The patients under the clinician's care, searched by name, birth date or record number, and sorted. */
export function PatientList({ portalPath }: { portalPath: string }) {
  const [text, setText] = useState('');
  const [sort, setSort] = useState<PatientSearch['sort']>(DEFAULT_SEARCH.sort);
  const [query] = useDebouncedValue(text.trim(), 300);
  const patients = useMyPatientsSearch({ query, sort });
  const list = patients.data?.patients ?? [];

  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-patients-list">
      <Title order={2} fz="lg" mb="md" id="my-patients-list">
        {s.patientsLabel}
      </Title>
      <Group align="flex-start" gap="sm" mb="md" wrap="wrap">
        <TextInput
          type="search"
          label={m.searchLabel}
          description={m.searchHint}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          leftSection={<IconSearch size={16} aria-hidden />}
          autoComplete="off"
          w={{ base: '100%', sm: 360 }}
        />
        <NativeSelect
          label={m.sortLabel}
          value={sort}
          onChange={(event) => {
            const parsed = MyPatientsSort.safeParse(event.currentTarget.value);
            if (parsed.success) setSort(parsed.data);
          }}
          data={MyPatientsSort.options.map((option) => ({ value: option, label: m.sorts[option] }))}
          w={{ base: '100%', sm: 260 }}
        />
      </Group>
      <Text size="sm" c="dimmed" aria-live="polite" mb="sm">
        {patients.isFetching && !patients.isPending
          ? m.searching
          : query && patients.data
            ? m.matches(list.length, query)
            : ''}
      </Text>
      {patients.isPending ? (
        <LoadingStatus label={s.myPatientsLoading} />
      ) : patients.isError && !patients.data ? (
        <LoadFailedAlert
          title={s.myPatientsLoadFailed}
          detail={detailOf(patients.error)}
          retryLabel={s.retry}
          onRetry={() => void patients.refetch()}
        />
      ) : list.length === 0 ? (
        query ? null : (
          <Text c="dimmed">{s.myPatientsEmpty}</Text>
        )
      ) : (
        <ul className={classes.list} aria-labelledby="my-patients-list">
          {list.map((entry) => (
            <PatientItem key={entry.patient.id} entry={entry} portalPath={portalPath} />
          ))}
        </ul>
      )}
    </Paper>
  );
}
