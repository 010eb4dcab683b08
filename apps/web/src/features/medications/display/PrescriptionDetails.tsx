import type { PrescriptionView } from '@nexus/contracts';
import { formatRecordDate } from '../../records/record-format.ts';
import { medicationStrings as s } from '../medications.strings.ts';

/** What has been collected of a prescription, and where. */
function CollectedList({ prescription }: { prescription: PrescriptionView }) {
  if (prescription.dispenses.length === 0) return <>{s.collectedNone}</>;
  return (
    <ul style={{ margin: 0, paddingLeft: '1.1rem' }}>
      {prescription.dispenses.map((entry) => (
        <li key={entry.dispensedAt}>
          {s.collection(entry.units, formatRecordDate(entry.dispensedAt), entry.pharmacy)}
        </li>
      ))}
    </ul>
  );
}

/** The parts of a prescription both patient and prescriber read: what is left, repeats, where, collected. */
export const prescriptionDetails = (prescription: PrescriptionView) => [
  {
    label: s.remainingLabel,
    value: s.remaining(prescription.remainingUnits, prescription.authorisedUnits),
  },
  { label: s.refillsLabel, value: String(prescription.refills) },
  { label: s.sentToLabel, value: prescription.pharmacy ?? s.anyPharmacy },
  { label: s.collectedLabel, value: <CollectedList prescription={prescription} /> },
];
