import { Anchor, Paper, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { patientChartPath } from '../../records/chart/patient-chart-entry.ts';
import classes from '../Access.module.css';
import { accessStrings as s } from '../access.strings.ts';
import { formatFull, formatWhen } from '../access-times.ts';
import { DEFAULT_SEARCH, useMyPatientsSearch } from './my-patients.queries.ts';

/** The emergency access the clinician holds now, each leading to the patient's chart. */
export function EmergencyAccessList({ portalPath }: { portalPath: string }) {
  const patients = useMyPatientsSearch(DEFAULT_SEARCH);
  const emergency = patients.data?.emergencyAccess ?? [];
  if (emergency.length === 0) return null;
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="my-patients-emergency">
      <Title order={2} fz="lg" mb="md" id="my-patients-emergency">
        {s.emergencyListHeading}
      </Title>
      <ul className={classes.list} aria-label={s.emergencyListLabel}>
        {emergency.map((grant) => (
          <li key={grant.grantId} className={`${classes.item} ${classes.emergency}`}>
            <div className={classes.who}>
              <Anchor component={Link} to={patientChartPath(portalPath, grant.patient.id)} fw={600}>
                {grant.patient.displayName}
              </Anchor>
              <Text size="sm" c="dimmed">
                {grant.organisationName} ·{' '}
                <time dateTime={grant.expiresAt} title={formatFull(grant.expiresAt)}>
                  {s.emergencyExpires(formatWhen(grant.expiresAt))}
                </time>
              </Text>
            </div>
          </li>
        ))}
      </ul>
    </Paper>
  );
}
