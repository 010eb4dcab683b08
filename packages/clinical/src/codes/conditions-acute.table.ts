import type { ConditionConcept } from './codes.types.ts';
import { condition as c } from './condition.factory.ts';

/** Acute illnesses and injuries seen in primary care and emergency visits. */
export const ACUTE_CONDITIONS: readonly ConditionConcept[] = [
  c('10509002', 'Acute bronchitis', ['J20.9', 'Acute bronchitis, unspecified'], ['chest infection', 'cough']),
  c('233604007', 'Pneumonia', ['J18.9', 'Pneumonia, unspecified organism'], ['chest infection']),
  c('195662009', 'Acute viral pharyngitis', ['J02.9', 'Acute pharyngitis, unspecified'], ['sore throat']),
  c(
    '43878008',
    'Streptococcal sore throat',
    ['J02.0', 'Streptococcal pharyngitis'],
    ['strep throat', 'sore throat'],
  ),
  // ICD-10-CM indexes sinusitis without further detail to chronic sinusitis J32.9.
  c('36971009', 'Sinusitis', ['J32.9', 'Chronic sinusitis, unspecified'], ['sinus infection']),
  c('40055000', 'Chronic sinusitis', ['J32.9', 'Chronic sinusitis, unspecified'], ['sinus infection']),
  c('444814009', 'Viral sinusitis', ['J01.90', 'Acute sinusitis, unspecified'], ['sinus infection', 'cold']),
  c('75498004', 'Acute bacterial sinusitis', ['J01.90', 'Acute sinusitis, unspecified'], ['sinus infection']),
  c(
    '65363002',
    'Otitis media',
    ['H66.90', 'Otitis media, unspecified, unspecified ear'],
    ['ear infection', 'earache'],
  ),
  c(
    '68566005',
    'Urinary tract infectious disease',
    ['N39.0', 'Urinary tract infection, site not specified'],
    ['UTI', 'bladder infection'],
  ),
  c(
    '38822007',
    'Cystitis',
    ['N30.90', 'Cystitis, unspecified without hematuria'],
    ['bladder infection', 'UTI'],
  ),
  c(
    '6142004',
    'Influenza',
    ['J11.1', 'Influenza due to unidentified influenza virus with other respiratory manifestations'],
    ['flu'],
  ),
  c('840539006', 'COVID-19', ['U07.1', 'COVID-19'], ['coronavirus', 'SARS-CoV-2']),
  c('9826008', 'Conjunctivitis', ['H10.9', 'Unspecified conjunctivitis'], ['pink eye']),
  c('91302008', 'Sepsis', ['A41.9', 'Sepsis, unspecified organism'], ['blood poisoning']),
  c('74400008', 'Appendicitis', ['K37', 'Unspecified appendicitis']),
  c(
    '283385000',
    'Laceration of thigh',
    ['S71.119A', 'Laceration without foreign body, unspecified thigh, initial encounter'],
    ['cut'],
  ),
  c(
    '284549007',
    'Laceration of hand',
    ['S61.419A', 'Laceration without foreign body of unspecified hand, initial encounter'],
    ['cut'],
  ),
  c(
    '283371005',
    'Laceration of forearm',
    ['S51.819A', 'Laceration without foreign body of unspecified forearm, initial encounter'],
    ['cut'],
  ),
  c(
    '44465007',
    'Sprain of ankle',
    ['S93.409A', 'Sprain of unspecified ligament of unspecified ankle, initial encounter'],
    ['twisted ankle'],
  ),
];
