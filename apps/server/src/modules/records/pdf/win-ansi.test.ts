import fc from 'fast-check';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { isWinAnsi, toWinAnsi } from './win-ansi.ts';

describe('text for the standard PDF fonts', () => {
  it.each([
    ['≥ 60 mL/min', '>= 60 mL/min'],
    ['≤ 5.2 mmol/L', '<= 5.2 mmol/L'],
    ['4.0–5.6 %', '4.0–5.6 %'],
    ['Patient’s “own” words…', 'Patient’s “own” words…'],
    ['12 µmol/L · 37 °C · kg/m²', '12 µmol/L · 37 °C · kg/m²'],
    ['10⁹/L', '10^9/L'],
    ['−3', '-3'],
    ['José Müller-Lüdenscheidt, Straße', 'José Müller-Lüdenscheidt, Straße'],
    ['Łukasz Żółć', 'Lukasz Zólc'],
    ['Dvořák, Ştefan, Đorđe', 'Dvorák, Stefan, Dorde'],
    ['Γιώργος Παπαδόπουλος', 'Giorgos Papadopoulos'],
    ['Дмитрий Шостакович', 'Dmitriy Shostakovich'],
    ['Олена Шевченко', 'Olena Shevchenko'],
    ['Пётр Її', 'Pyotr Yiyi'],
    ['王小明', '???'],
    ['Ali 😀', 'Ali ?'],
    ['a\tb\u200bc\u00a0d', 'a bc\u00a0d'],
    ['line one\nline two', 'line one\nline two'],
    ['e\u0301', 'é'],
  ])('%s → %s', (input, output) => {
    expect(toWinAnsi(input)).toBe(output);
  });

  it('drops control characters', () => {
    expect(toWinAnsi('a\u0000b\u0007c\u0085d')).toBe('abcd');
  });

  it('never gives Helvetica a character it cannot encode, whatever the input', async () => {
    const doc = await PDFDocument.create();
    const font = await doc.embedFont(StandardFonts.Helvetica);
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const safe = toWinAnsi(text);
        for (const line of safe.split('\n')) expect(() => font.encodeText(line)).not.toThrow();
        expect([...safe].every((c) => c === '\n' || isWinAnsi(c))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
