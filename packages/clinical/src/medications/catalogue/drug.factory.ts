import type { Route } from '../dosage.ts';
import type { DoseForm, DoseGuide, Drug, Ingredient, Product, ProductUnit } from './catalogue.types.ts';
import type { TherapeuticClassId } from './classes.ts';

/**
 * A product strength as labelled: mg per unit (`500`), mg in a volume of liquid (`{ mg: 250, perMl: 5 }`),
 * a patch's release rate, a percentage of a cream or gel, or international units.
 */
export type Strength =
  | number
  | { mg: number; perMl: number }
  | { microgramPerHour: number }
  | { mgPer24h: number }
  | { percent: number }
  | { units: number; perMl: number };

const FORM_UNIT: Readonly<Record<DoseForm, ProductUnit>> = {
  tablet: 'tablet',
  'modified-release-tablet': 'tablet',
  'dispersible-tablet': 'tablet',
  'orodispersible-tablet': 'tablet',
  'sublingual-tablet': 'tablet',
  capsule: 'capsule',
  'modified-release-capsule': 'capsule',
  'oral-solution': 'mL',
  'oral-suspension': 'mL',
  'oral-gel': 'g',
  sachet: 'sachet',
  injection: 'mL',
  'powder-for-injection': 'vial',
  inhaler: 'puff',
  'nebuliser-solution': 'mL',
  'inhalation-vapour': 'mL',
  'nasal-spray': 'puff',
  'nasal-solution': 'mL',
  'sublingual-spray': 'puff',
  'eye-drops': 'mL',
  cream: 'g',
  gel: 'g',
  shampoo: 'g',
  patch: 'patch',
  suppository: 'suppository',
  pessary: 'suppository',
};

const ORAL: readonly Route[] = ['oral'];
const PARENTERAL: readonly Route[] = ['intravenous', 'intramuscular', 'subcutaneous'];

const FORM_ROUTES: Readonly<Record<DoseForm, readonly Route[]>> = {
  tablet: ORAL,
  'modified-release-tablet': ORAL,
  'dispersible-tablet': ORAL,
  'orodispersible-tablet': ORAL,
  'sublingual-tablet': ['sublingual'],
  capsule: ORAL,
  'modified-release-capsule': ORAL,
  'oral-solution': ORAL,
  'oral-suspension': ORAL,
  'oral-gel': ['buccal', 'oral'],
  sachet: ORAL,
  injection: PARENTERAL,
  'powder-for-injection': ['intravenous', 'intramuscular'],
  inhaler: ['inhaled'],
  'nebuliser-solution': ['inhaled'],
  'inhalation-vapour': ['inhaled'],
  'nasal-spray': ['nasal'],
  'nasal-solution': ['nasal'],
  'sublingual-spray': ['sublingual'],
  'eye-drops': ['ophthalmic'],
  cream: ['topical'],
  gel: ['topical'],
  shampoo: ['topical'],
  patch: ['transdermal'],
  suppository: ['rectal'],
  pessary: ['vaginal'],
};

const round = (value: number, decimals = 3) => Math.round(value * 10 ** decimals) / 10 ** decimals;

/** '500mg', '62.5microgram': the strength as it stands in a product id. */
function massInId(mg: number): string {
  return mg >= 1 ? `${round(mg)}mg` : `${round(mg * 1000)}microgram`;
}

/** '500 mg', '62.5 micrograms': the strength as a reader sees it. */
function massInName(mg: number): string {
  return mg >= 1 ? `${round(mg)} mg` : `${round(mg * 1000)} micrograms`;
}

type StrengthParts = { amount: { amountMg: number } | { amountUnits: number }; inId: string; inName: string };

function strengthParts(strength: Strength): StrengthParts {
  if (typeof strength === 'number') {
    return { amount: { amountMg: strength }, inId: massInId(strength), inName: massInName(strength) };
  }
  if ('mg' in strength) {
    return {
      amount: { amountMg: round(strength.mg / strength.perMl, 6) },
      inId: `${massInId(strength.mg)}-per-${strength.perMl}ml`,
      inName: `${massInName(strength.mg)}/${strength.perMl} mL`,
    };
  }
  if ('microgramPerHour' in strength) {
    const rate = strength.microgramPerHour;
    return {
      amount: { amountMg: round((rate * 24) / 1000, 6) },
      inId: `${rate}microgram-per-hour`,
      inName: `${rate} micrograms/hour`,
    };
  }
  if ('mgPer24h' in strength) {
    return {
      amount: { amountMg: strength.mgPer24h },
      inId: `${massInId(strength.mgPer24h)}-per-24h`,
      inName: `${massInName(strength.mgPer24h)}/24 hours`,
    };
  }
  if ('percent' in strength) {
    return {
      amount: { amountMg: round(strength.percent * 10, 6) },
      inId: `${strength.percent}percent`,
      inName: `${strength.percent}%`,
    };
  }
  return {
    amount: { amountUnits: round(strength.units / strength.perMl, 6) },
    inId: `${strength.units}units-per-${strength.perMl}ml`,
    inName: `${strength.units} units/${strength.perMl} mL`,
  };
}

const formInName = (form: DoseForm) => form.replace(/-/g, ' ');

/** The product ingredients of one strength, for the combination-product table. */
export function ingredient<Id extends string>(drugId: Id, strength: Strength): Ingredient<Id> {
  return { drugId, ...strengthParts(strength).amount };
}

type ProductExtras = { brands?: readonly string[]; atc?: readonly string[]; routes?: readonly Route[] };

/** A combination product: `co-codamol-30-500mg-tablet` with codeine 30 mg and paracetamol 500 mg. */
export function combination<Id extends string>(
  id: string,
  name: string,
  form: DoseForm,
  ingredients: readonly [Ingredient<Id>, ...Ingredient<Id>[]],
  extras: ProductExtras = {},
): Product<Id> {
  return {
    id,
    name,
    form,
    unit: FORM_UNIT[form],
    routes: extras.routes ?? FORM_ROUTES[form],
    ingredients,
    brands: extras.brands ?? [],
    atc: extras.atc ?? [],
  };
}

type DoseExtras = { singleMg?: number; weeklyMg?: number; forms?: readonly DoseForm[]; note?: string };

/** A dose guide: routes, usual daily range and maximum in mg, and its source. */
export function dose(
  routes: Route | readonly Route[],
  usualDailyMg: readonly [number, number],
  maxDailyMg: number | null,
  source: string,
  extras: DoseExtras = {},
): DoseGuide {
  return {
    routes: typeof routes === 'string' ? [routes] : routes,
    usualDailyMg,
    maxDailyMg,
    source,
    ...(extras.singleMg === undefined ? {} : { maxSingleMg: extras.singleMg }),
    ...(extras.weeklyMg === undefined ? {} : { maxWeeklyMg: extras.weeklyMg }),
    ...(extras.forms ? { forms: extras.forms } : {}),
    ...(extras.note ? { note: extras.note } : {}),
  };
}

type DrugRow<Id extends string> = {
  id: Id;
  /** Defaults to the id with spaces, capitalised ('glyceryl-trinitrate' → 'Glyceryl trinitrate'). */
  name?: string;
  aliases?: readonly string[];
  brands?: readonly string[];
  atc: readonly string[];
  classes: readonly TherapeuticClassId[];
  /** Strengths by dose form; each becomes a product `<id>-<strength>-<form>`. */
  forms?: Partial<Record<DoseForm, readonly Strength[]>>;
  /** Routes of the drug's injections when not all of IV, IM and SC (enoxaparin: subcutaneous). */
  injectionRoutes?: readonly Route[];
  doses?: readonly DoseGuide[];
  doseNote?: string;
};

const nameFromId = (id: string) => `${id.charAt(0).toUpperCase()}${id.slice(1).replace(/-/g, ' ')}`;

/** One formulary drug with a single-ingredient product for each listed strength. */
export function drug<const Id extends string>(row: DrugRow<Id>): Drug<Id> {
  const name = row.name ?? nameFromId(row.id);
  const products: Product[] = Object.entries(row.forms ?? {}).flatMap(([formKey, strengths]) => {
    const form = formKey as DoseForm;
    const routes = form === 'injection' && row.injectionRoutes ? row.injectionRoutes : FORM_ROUTES[form];
    return (strengths ?? []).map((strength) => {
      const parts = strengthParts(strength);
      return {
        id: `${row.id}-${parts.inId}-${form}`,
        name: `${name} ${parts.inName} ${formInName(form)}`,
        form,
        unit: FORM_UNIT[form],
        routes,
        ingredients: [{ drugId: row.id, ...parts.amount }] as const,
        brands: [],
        atc: [],
      };
    });
  });
  return {
    id: row.id,
    name,
    aliases: row.aliases ?? [],
    brands: row.brands ?? [],
    atc: row.atc,
    classes: row.classes,
    products,
    doses: row.doses ?? [],
    ...(row.doseNote ? { doseNote: row.doseNote } : {}),
  };
}
