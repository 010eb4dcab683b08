import { describe, expect, it } from 'vitest';
import { BLOOD_GROUP_TABLE_FIXTURE } from './blood-group.fixtures.ts';
import { parseBloodGroup, parseExpiryDateTime, parseProductCode } from './data-structures.ts';

describe('parseBloodGroup (DS002 =%ggre)', () => {
  it('returns the raw codes without a table', () => {
    expect(parseBloodGroup('=%5100')).toEqual({
      ok: true,
      groupCode: '51',
      phenotypeCode: '0',
      reservedCode: '0',
    });
    expect(parseBloodGroup('=%Mq00')).toMatchObject({ ok: true, groupCode: 'Mq' });
  });

  it('resolves codes through a site table (fixture codes: 51 O RhD pos, 95 O RhD neg)', () => {
    expect(parseBloodGroup('=%5100', BLOOD_GROUP_TABLE_FIXTURE)).toMatchObject({
      ok: true,
      meaning: { kind: 'abo_rhd', abo: 'O', rhD: 'positive' },
    });
    expect(parseBloodGroup('=%9500', BLOOD_GROUP_TABLE_FIXTURE)).toMatchObject({
      meaning: { abo: 'O', rhD: 'negative' },
    });
  });

  it('refuses a code the table does not know, rather than returning a unit without a group', () => {
    expect(parseBloodGroup('=%6200', BLOOD_GROUP_TABLE_FIXTURE)).toEqual({
      ok: false,
      code: 'blood_group_code_unknown',
      groupCode: '62',
    });
    expect(parseBloodGroup('=%toSt', BLOOD_GROUP_TABLE_FIXTURE)).toMatchObject({
      code: 'blood_group_invalid_format',
    });
  });

  it('refuses other identifiers and malformed content', () => {
    expect(parseBloodGroup('=<5100')).toEqual({ ok: false, code: 'blood_group_invalid_identifier' });
    expect(parseBloodGroup('=%510')).toEqual({ ok: false, code: 'blood_group_invalid_format' });
    expect(parseBloodGroup('=%51000')).toEqual({ ok: false, code: 'blood_group_invalid_format' });
    expect(parseBloodGroup('=%51a0')).toEqual({ ok: false, code: 'blood_group_invalid_format' });
  });
});

describe('parseProductCode (DS003 =<αooootds)', () => {
  it('splits a blood component code into description code, collection type and division', () => {
    expect(parseProductCode('=<E0336V00')).toEqual({
      ok: true,
      productCode: 'E0336V00',
      productDescriptionCode: 'E0336',
      family: 'blood_component',
      collectionType: 'V',
      division: '00',
    });
    expect(parseProductCode('=<F1234VAb')).toMatchObject({ ok: true, division: 'Ab' });
    expect(parseProductCode('=<E0336V99')).toMatchObject({ ok: true, division: '99' });
  });

  it('refuses non-blood families unless asked, since their tds is a pack code', () => {
    expect(parseProductCode('=<T1234000')).toEqual({
      ok: false,
      code: 'product_code_not_blood_component',
      productDescriptionCode: 'T1234',
    });
    expect(parseProductCode('=<S1295400', { allowOtherFamilies: true })).toMatchObject({
      ok: true,
      family: 'other',
    });
  });

  it('refuses malformed content', () => {
    expect(parseProductCode('=%E0336V00')).toEqual({ ok: false, code: 'product_code_invalid_identifier' });
    expect(parseProductCode('=<E0336V0')).toEqual({ ok: false, code: 'product_code_invalid_format' });
    expect(parseProductCode('=<e0336V00')).toEqual({ ok: false, code: 'product_code_invalid_format' });
    expect(parseProductCode('=<E0336VaB')).toEqual({ ok: false, code: 'product_code_invalid_format' });
  });
});

describe('parseExpiryDateTime (DS005 &>cyyjjjhhmm)', () => {
  it('reads the ST-012 example &>0183652359 as 2018-12-31 23:59 local', () => {
    expect(parseExpiryDateTime('&>0183652359')).toEqual({
      ok: true,
      year: 2018,
      month: 12,
      day: 31,
      dayOfYear: 365,
      hour: 23,
      minute: 59,
      localDateTime: '2018-12-31T23:59',
    });
  });

  it('uses the century digit and knows leap years', () => {
    expect(parseExpiryDateTime('&>0240600000')).toMatchObject({ localDateTime: '2024-02-29T00:00' });
    expect(parseExpiryDateTime('&>0243661200')).toMatchObject({ localDateTime: '2024-12-31T12:00' });
    expect(parseExpiryDateTime('&>1000010000')).toMatchObject({
      year: 2100,
      localDateTime: '2100-01-01T00:00',
    });
  });

  it('refuses impossible days and times', () => {
    expect(parseExpiryDateTime('&>0253662359')).toEqual({
      ok: false,
      code: 'expiry_invalid_day_of_year',
      year: 2025,
      dayOfYear: 366,
    });
    expect(parseExpiryDateTime('&>0250002359')).toMatchObject({ code: 'expiry_invalid_day_of_year' });
    expect(parseExpiryDateTime('&>0253652400')).toEqual({
      ok: false,
      code: 'expiry_invalid_time',
      hour: 24,
      minute: 0,
    });
    expect(parseExpiryDateTime('&>0253652360')).toMatchObject({ code: 'expiry_invalid_time' });
    expect(parseExpiryDateTime('=>0183652359')).toEqual({ ok: false, code: 'expiry_invalid_identifier' });
    expect(parseExpiryDateTime('&>018365235')).toEqual({ ok: false, code: 'expiry_invalid_format' });
  });
});
