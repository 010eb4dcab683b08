import type { ExtractedFinding } from './finding-extraction.ts';

/**
 * Findings people give as numbers: a temperature ("temp 38.6", "101F"), a blood pressure
 * ("158/96"), a blood sugar reading ("my meter said 3.4"). Read from the raw text, since the
 * decimal point matters. Thresholds: fever 38.0 °C / 100.4 °F (NICE NG143, NHS); high blood
 * pressure 140/90 in clinic (NICE NG136); hypoglycaemia below 4 mmol/L, hyperglycaemia above
 * 11 mmol/L (NHS, Diabetes UK).
 */
export function measuredFindings(text: string): ExtractedFinding[] {
  const t = text.toLowerCase();
  const found: ExtractedFinding[] = [];

  const celsius = t.match(
    /\b(?:temp(?:erature)?|fever|thermometer|pyrexia)\D{0,15}?(3[4-9]|4[0-3])(?:[.,](\d))?\b/,
  );
  const fahrenheit = t.match(/\b(9[5-9]|10[0-8])(?:[.,](\d))? ?(?:°|degrees )?f\b/);
  if (celsius?.[1]) {
    const degrees = Number(`${celsius[1]}.${celsius[2] ?? '0'}`);
    found.push({ id: 'fever', status: degrees >= 38 ? 'present' : 'absent' });
  } else if (fahrenheit?.[1]) {
    const degrees = Number(`${fahrenheit[1]}.${fahrenheit[2] ?? '0'}`);
    found.push({ id: 'fever', status: degrees >= 100.4 ? 'present' : 'absent' });
  }

  for (const match of t.matchAll(/\b(\d{2,3}) ?\/ ?(\d{2,3})\b/g)) {
    const systolic = Number(match[1]);
    const diastolic = Number(match[2]);
    if (systolic < 70 || systolic > 260 || diastolic < 30 || diastolic > 160 || diastolic >= systolic)
      continue;
    if (systolic >= 140 || diastolic >= 90)
      found.push({ id: 'high-blood-pressure-reading', status: 'present' });
  }

  const sugar = t.match(/\b(?:sugar|glucose|meter|bm|reading)\D{0,15}?(\d{1,3}(?:[.,]\d)?)\b/);
  if (sugar?.[1]) {
    const value = Number(sugar[1].replace(',', '.'));
    const mmol = value > 35 ? value / 18 : value;
    if (mmol > 0 && mmol < 4) found.push({ id: 'low-blood-sugar-reading', status: 'present' });
    if (mmol > 11) found.push({ id: 'high-blood-sugar-reading', status: 'present' });
  }
  return found;
}
