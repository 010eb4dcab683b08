import type { Dosage, DoseTiming, DoseUnit, Route, Weekday } from './dosage.ts';

/** The dosage as a prescriber writes it and a patient reads it: "1 tablet by mouth twice a day for 7 days". */

const ROUTE_TEXT: Record<Route, string> = {
  oral: 'by mouth',
  sublingual: 'under the tongue',
  buccal: 'between the cheek and gum',
  inhaled: 'inhaled',
  nasal: 'into the nose',
  topical: 'on the skin',
  transdermal: 'as a skin patch',
  ophthalmic: 'into the eye',
  otic: 'into the ear',
  rectal: 'rectally',
  vaginal: 'vaginally',
  subcutaneous: 'by injection under the skin',
  intramuscular: 'by injection into a muscle',
  intravenous: 'into a vein',
};

const UNIT_TEXT: Record<DoseUnit, [singular: string, plural: string]> = {
  tablet: ['tablet', 'tablets'],
  capsule: ['capsule', 'capsules'],
  mL: ['mL', 'mL'],
  mg: ['mg', 'mg'],
  g: ['g', 'g'],
  microgram: ['microgram', 'micrograms'],
  unit: ['unit', 'units'],
  puff: ['puff', 'puffs'],
  drop: ['drop', 'drops'],
  patch: ['patch', 'patches'],
  sachet: ['sachet', 'sachets'],
  suppository: ['suppository', 'suppositories'],
  application: ['application', 'applications'],
};

const WEEKDAY_TEXT: Record<Weekday, string> = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
};

const TIMES_A_DAY = ['', 'once a day', 'twice a day', 'three times a day', 'four times a day'];

const list = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

export function describeTiming(timing: DoseTiming): string {
  switch (timing.kind) {
    case 'times-per-day':
      return TIMES_A_DAY[timing.timesPerDay] ?? `${timing.timesPerDay} times a day`;
    case 'at-times':
      return `every day at ${list([...timing.times].sort())}`;
    case 'every-hours':
      return timing.everyHours === 24
        ? `once a day at ${timing.firstDoseAt}`
        : `every ${timing.everyHours} hours from ${timing.firstDoseAt}`;
    case 'weekly':
      return `every ${list(timing.weekdays.map((day) => WEEKDAY_TEXT[day]))} at ${list([...timing.times].sort())}`;
    case 'as-needed':
      return (
        `when needed${timing.reason ? ` for ${timing.reason}` : ''}, at least ${timing.minIntervalHours} ` +
        `hour${timing.minIntervalHours === 1 ? '' : 's'} apart, no more than ${timing.maxDosesPerDay} ` +
        `dose${timing.maxDosesPerDay === 1 ? '' : 's'} a day`
      );
  }
}

export function describeDosage(dosage: Dosage): string {
  const [singular, plural] = UNIT_TEXT[dosage.doseUnit];
  const quantity = Number.isInteger(dosage.doseQuantity)
    ? String(dosage.doseQuantity)
    : String(Number(dosage.doseQuantity.toFixed(3)));
  const parts = [
    `${quantity} ${dosage.doseQuantity === 1 ? singular : plural}`,
    ROUTE_TEXT[dosage.route],
    describeTiming(dosage.timing),
  ];
  if (dosage.durationDays !== null)
    parts.push(`for ${dosage.durationDays} day${dosage.durationDays === 1 ? '' : 's'}`);
  const text = parts.join(' ');
  return dosage.instructions ? `${text}; ${dosage.instructions}` : text;
}
