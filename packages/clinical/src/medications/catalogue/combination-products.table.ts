import type { Product } from './catalogue.types.ts';
import { combination as c, ingredient as i } from './drug.factory.ts';
import type { DrugId } from './drugs.ts';

/**
 * Products with more than one ingredient. Their ingredients count in the dose checks with every other
 * product of the same drug: paracetamol in co-codamol adds to paracetamol tablets.
 */
export const COMBINATION_PRODUCTS: readonly Product<DrugId>[] = [
  c(
    'co-codamol-8-500mg-tablet',
    'Co-codamol 8/500 tablet',
    'tablet',
    [i('codeine', 8), i('paracetamol', 500)],
    {
      atc: ['N02AJ06'],
    },
  ),
  c(
    'co-codamol-15-500mg-tablet',
    'Co-codamol 15/500 tablet',
    'tablet',
    [i('codeine', 15), i('paracetamol', 500)],
    {
      atc: ['N02AJ06'],
    },
  ),
  c(
    'co-codamol-30-500mg-tablet',
    'Co-codamol 30/500 tablet',
    'tablet',
    [i('codeine', 30), i('paracetamol', 500)],
    {
      brands: ['Solpadol', 'Tylex', 'Kapake', 'Zapain'],
      atc: ['N02AJ06'],
    },
  ),
  c(
    'paracetamol-codeine-300-30mg-tablet',
    'Acetaminophen and codeine 300/30 tablet',
    'tablet',
    [i('paracetamol', 300), i('codeine', 30)],
    { brands: ['Tylenol with Codeine No. 3'], atc: ['N02AJ06'] },
  ),
  c(
    'co-dydramol-10-500mg-tablet',
    'Co-dydramol 10/500 tablet',
    'tablet',
    [i('dihydrocodeine', 10), i('paracetamol', 500)],
    { atc: ['N02AJ02'] },
  ),
  c(
    'hydrocodone-paracetamol-10-325mg-tablet',
    'Hydrocodone and acetaminophen 10/325 tablet',
    'tablet',
    [i('hydrocodone', 10), i('paracetamol', 325)],
    { brands: ['Norco', 'Vicodin'] },
  ),
  c(
    'oxycodone-paracetamol-5-325mg-tablet',
    'Oxycodone and acetaminophen 5/325 tablet',
    'tablet',
    [i('oxycodone', 5), i('paracetamol', 325)],
    { brands: ['Percocet', 'Endocet'] },
  ),
  c(
    'tramadol-paracetamol-37.5-325mg-tablet',
    'Tramadol and paracetamol 37.5/325 tablet',
    'tablet',
    [i('tramadol', 37.5), i('paracetamol', 325)],
    { brands: ['Tramacet', 'Ultracet'], atc: ['N02AJ13'] },
  ),
  c(
    'co-amoxiclav-500-125mg-tablet',
    'Co-amoxiclav 500/125 tablet',
    'tablet',
    [i('amoxicillin', 500), i('clavulanic-acid', 125)],
    { brands: ['Augmentin'], atc: ['J01CR02'] },
  ),
  c(
    'co-amoxiclav-875-125mg-tablet',
    'Co-amoxiclav 875/125 tablet',
    'tablet',
    [i('amoxicillin', 875), i('clavulanic-acid', 125)],
    { brands: ['Augmentin'], atc: ['J01CR02'] },
  ),
  c(
    'co-amoxiclav-250-62mg-per-5ml-oral-suspension',
    'Co-amoxiclav 250/62 mg per 5 mL oral suspension',
    'oral-suspension',
    [i('amoxicillin', { mg: 250, perMl: 5 }), i('clavulanic-acid', { mg: 62.5, perMl: 5 })],
    { brands: ['Augmentin'], atc: ['J01CR02'] },
  ),
  c(
    'co-amoxiclav-1000-200mg-powder-for-injection',
    'Co-amoxiclav 1000/200 mg powder for injection',
    'powder-for-injection',
    [i('amoxicillin', 1000), i('clavulanic-acid', 200)],
    { brands: ['Augmentin Intravenous'], atc: ['J01CR02'], routes: ['intravenous'] },
  ),
  c(
    'piperacillin-tazobactam-4000-500mg-powder-for-injection',
    'Piperacillin with tazobactam 4 g/500 mg powder for infusion',
    'powder-for-injection',
    [i('piperacillin', 4000), i('tazobactam', 500)],
    { brands: ['Tazocin', 'Zosyn'], atc: ['J01CR05'], routes: ['intravenous'] },
  ),
  c(
    'imipenem-cilastatin-500-500mg-powder-for-injection',
    'Imipenem with cilastatin 500/500 mg powder for infusion',
    'powder-for-injection',
    [i('imipenem', 500), i('cilastatin', 500)],
    { brands: ['Primaxin'], atc: ['J01DH51'], routes: ['intravenous'] },
  ),
  c(
    'co-trimoxazole-400-80mg-tablet',
    'Co-trimoxazole 400/80 tablet',
    'tablet',
    [i('sulfamethoxazole', 400), i('trimethoprim', 80)],
    { brands: ['Septrin', 'Bactrim'], atc: ['J01EE01'] },
  ),
  c(
    'co-trimoxazole-800-160mg-tablet',
    'Co-trimoxazole 800/160 tablet',
    'tablet',
    [i('sulfamethoxazole', 800), i('trimethoprim', 160)],
    { brands: ['Septrin Forte', 'Bactrim DS'], atc: ['J01EE01'] },
  ),
  c(
    'co-trimoxazole-80-16mg-per-ml-injection',
    'Co-trimoxazole 80/16 mg per mL concentrate for infusion',
    'injection',
    [i('sulfamethoxazole', 80), i('trimethoprim', 16)],
    { atc: ['J01EE01'], routes: ['intravenous'] },
  ),
  c(
    'lopinavir-ritonavir-200-50mg-tablet',
    'Lopinavir with ritonavir 200/50 tablet',
    'tablet',
    [i('lopinavir', 200), i('ritonavir', 50)],
    { brands: ['Kaletra'], atc: ['J05AR10'] },
  ),
  c(
    'emtricitabine-tenofovir-disoproxil-200-245mg-tablet',
    'Emtricitabine with tenofovir disoproxil 200/245 tablet',
    'tablet',
    [i('emtricitabine', 200), i('tenofovir-disoproxil', 245)],
    { brands: ['Truvada'], atc: ['J05AR03'] },
  ),
  ...(
    [
      [24, 26],
      [49, 51],
      [97, 103],
    ] as const
  ).map(([sacubitril, valsartan]) =>
    c(
      `sacubitril-valsartan-${sacubitril}-${valsartan}mg-tablet`,
      `Sacubitril with valsartan ${sacubitril}/${valsartan} mg tablet`,
      'tablet',
      [i('sacubitril', sacubitril), i('valsartan', valsartan)],
      { brands: ['Entresto'], atc: ['C09DX04'] },
    ),
  ),
  c(
    'co-careldopa-100-25mg-tablet',
    'Co-careldopa 25/100 tablet',
    'tablet',
    [i('levodopa', 100), i('carbidopa', 25)],
    {
      brands: ['Sinemet', 'Lecado'],
      atc: ['N04BA02'],
    },
  ),
  c(
    'co-careldopa-250-25mg-tablet',
    'Co-careldopa 25/250 tablet',
    'tablet',
    [i('levodopa', 250), i('carbidopa', 25)],
    {
      brands: ['Sinemet'],
      atc: ['N04BA02'],
    },
  ),
  c(
    'co-beneldopa-100-25mg-capsule',
    'Co-beneldopa 25/100 capsule',
    'capsule',
    [i('levodopa', 100), i('benserazide', 25)],
    {
      brands: ['Madopar'],
      atc: ['N04BA02'],
    },
  ),
  c(
    'levonorgestrel-ethinylestradiol-150-30microgram-tablet',
    'Levonorgestrel with ethinylestradiol 150/30 microgram tablet',
    'tablet',
    [i('levonorgestrel', 0.15), i('ethinylestradiol', 0.03)],
    { brands: ['Microgynon 30', 'Rigevidon', 'Levlen'], atc: ['G03AA07'] },
  ),
  c(
    'desogestrel-ethinylestradiol-150-20microgram-tablet',
    'Desogestrel with ethinylestradiol 150/20 microgram tablet',
    'tablet',
    [i('desogestrel', 0.15), i('ethinylestradiol', 0.02)],
    { brands: ['Mercilon', 'Gedarel 20/150'], atc: ['G03AA09'] },
  ),
  c(
    'norethisterone-ethinylestradiol-500-35microgram-tablet',
    'Norethisterone with ethinylestradiol 500/35 microgram tablet',
    'tablet',
    [i('norethisterone', 0.5), i('ethinylestradiol', 0.035)],
    { brands: ['Brevinor', 'Ortho-Novum'], atc: ['G03AA05'] },
  ),
  c(
    'fluticasone-salmeterol-250-25microgram-inhaler',
    'Fluticasone with salmeterol 250/25 micrograms per puff inhaler',
    'inhaler',
    [i('fluticasone', 0.25), i('salmeterol', 0.025)],
    { brands: ['Seretide', 'Advair', 'AirFluSal'], atc: ['R03AK06'] },
  ),
  c(
    'budesonide-formoterol-200-6microgram-inhaler',
    'Budesonide with formoterol 200/6 micrograms per puff inhaler',
    'inhaler',
    [i('budesonide', 0.2), i('formoterol', 0.006)],
    { brands: ['Symbicort', 'DuoResp'], atc: ['R03AK07'] },
  ),
  c(
    'co-amilozide-5-50mg-tablet',
    'Co-amilozide 5/50 tablet',
    'tablet',
    [i('amiloride', 5), i('hydrochlorothiazide', 50)],
    { brands: ['Moduretic'], atc: ['C03EA01'] },
  ),
  c(
    'losartan-hydrochlorothiazide-50-12.5mg-tablet',
    'Losartan with hydrochlorothiazide 50/12.5 tablet',
    'tablet',
    [i('losartan', 50), i('hydrochlorothiazide', 12.5)],
    { brands: ['Cozaar-Comp', 'Hyzaar'], atc: ['C09DA01'] },
  ),
  c(
    'sitagliptin-metformin-50-1000mg-tablet',
    'Sitagliptin with metformin 50/1000 tablet',
    'tablet',
    [i('sitagliptin', 50), i('metformin', 1000)],
    { brands: ['Janumet'], atc: ['A10BD07'] },
  ),
  c(
    'ezetimibe-simvastatin-10-40mg-tablet',
    'Ezetimibe with simvastatin 10/40 tablet',
    'tablet',
    [i('ezetimibe', 10), i('simvastatin', 40)],
    { brands: ['Inegy', 'Vytorin'], atc: ['C10BA02'] },
  ),
  c(
    'calcium-carbonate-colecalciferol-1500mg-10microgram-tablet',
    'Calcium carbonate 1.5 g with colecalciferol 10 micrograms (400 units) chewable tablet',
    'tablet',
    [i('calcium-carbonate', 1500), i('colecalciferol', 0.01)],
    { brands: ['Adcal-D3', 'Calcichew-D3'] },
  ),
];
