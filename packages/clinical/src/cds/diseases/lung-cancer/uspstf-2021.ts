/**
 * USPSTF 2021 lung cancer screening eligibility (Krist AH et al. JAMA 2021;325:962–70, grade B):
 * "annual screening ... with low-dose computed tomography in adults aged 50 to 80 years who have a
 * 20 pack-year smoking history and currently smoke or have quit within the past 15 years".
 */

export const USPSTF_2021_CRITERIA = {
  minAgeYears: 50,
  maxAgeYears: 80,
  minPackYears: 20,
  maxYearsSinceQuitting: 15,
} as const;

export type UspstfCriteria = {
  minAgeYears: number;
  maxAgeYears: number;
  minPackYears: number;
  maxYearsSinceQuitting: number;
};

/**
 * "Quit within the past 15 years" reads as ≤ 15 (inclusive); "discontinued once a person has not
 * smoked for 15 years" reads as < 15 (strict). The statement does not settle exactly 15 years.
 */
export type QuitBoundaryReading = 'inclusive' | 'strict';

export type UspstfInputs = {
  ageYears: number;
  packYears: number;
  smokingStatus: 'current' | 'former' | 'never';
  /** Whole or fractional years since quitting; needed for former smokers. */
  yearsSinceQuitting?: number | null | undefined;
};

export type UspstfCriterionResult = {
  criterion: 'age' | 'pack-years' | 'smoking-recency';
  isMet: boolean;
  reason: string;
};

export type Uspstf2021Result = {
  verdict: 'meets' | 'does-not-meet';
  isEligible: boolean;
  /** One per criterion, in the statement's order: age, pack-years, current or recent smoking. */
  criteria: UspstfCriterionResult[];
  reasons: string[];
};

/** Pack-years = packs (20 cigarettes) per day × years smoked. */
export function packYearsFrom(cigarettesPerDay: number, years: number): number {
  return (cigarettesPerDay / 20) * years;
}

/** One decimal, rounded down, so a value just under a whole-number threshold never prints as the threshold. */
export function formatPackYears(packYears: number): string {
  const shown = Math.floor(packYears * 10 + 1e-9) / 10;
  return Number.isInteger(shown) ? String(shown) : shown.toFixed(1);
}

function yearsWord(years: number): string {
  return years === 1 ? '1 year' : `${years} years`;
}

function recency(
  inputs: UspstfInputs,
  criteria: UspstfCriteria,
  reading: QuitBoundaryReading,
): UspstfCriterionResult {
  const limit = criteria.maxYearsSinceQuitting;
  if (inputs.smokingStatus === 'current')
    return { criterion: 'smoking-recency', isMet: true, reason: 'Currently smokes' };
  if (inputs.smokingStatus === 'never')
    return { criterion: 'smoking-recency', isMet: false, reason: 'Has never smoked' };
  const years = inputs.yearsSinceQuitting;
  if (years === null || years === undefined || !Number.isFinite(years))
    return {
      criterion: 'smoking-recency',
      isMet: false,
      reason: 'Former smoker; years since quitting not known',
    };
  const isMet = reading === 'inclusive' ? years <= limit : years < limit;
  return {
    criterion: 'smoking-recency',
    isMet,
    reason: isMet
      ? `Quit ${yearsWord(years)} ago, within ${limit} years`
      : `Quit ${yearsWord(years)} ago, more than the ${limit} years allowed`,
  };
}

/** Applies the 2021 rule; each criterion gives its own reason. Exactly 15 years since quitting meets it by default. */
export function uspstf2021Eligibility(
  inputs: UspstfInputs,
  options: { criteria?: UspstfCriteria; quitBoundary?: QuitBoundaryReading } = {},
): Uspstf2021Result {
  const criteria = options.criteria ?? USPSTF_2021_CRITERIA;
  const ageMet = inputs.ageYears >= criteria.minAgeYears && inputs.ageYears <= criteria.maxAgeYears;
  const packYearsMet = inputs.packYears >= criteria.minPackYears;
  const packYears = formatPackYears(inputs.packYears);
  const results: UspstfCriterionResult[] = [
    {
      criterion: 'age',
      isMet: ageMet,
      reason: ageMet
        ? `Age ${inputs.ageYears} is within ${criteria.minAgeYears}–${criteria.maxAgeYears}`
        : `Age ${inputs.ageYears} is outside ${criteria.minAgeYears}–${criteria.maxAgeYears}`,
    },
    {
      criterion: 'pack-years',
      isMet: packYearsMet,
      reason: packYearsMet
        ? `${packYears} pack-years is at least ${criteria.minPackYears}`
        : `${packYears} pack-years is below ${criteria.minPackYears}`,
    },
    recency(inputs, criteria, options.quitBoundary ?? 'inclusive'),
  ];
  const isEligible = results.every((result) => result.isMet);
  return {
    verdict: isEligible ? 'meets' : 'does-not-meet',
    isEligible,
    criteria: results,
    reasons: results.map((result) => result.reason),
  };
}
