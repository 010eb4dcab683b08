/**
 * The sources the safety rules cite, by key. Rules name keys; alerts carry the citations. Labels are
 * the current US prescribing information (FDA) or EU summaries of product characteristics (SmPC).
 */
export const REFERENCES = {
  bnf: 'British National Formulary (BNF), Interactions (formerly Appendix 1). BMJ Group and Pharmaceutical Press.',
  stockley: "Stockley's Drug Interactions (Preston CL, ed.). Pharmaceutical Press.",
  'fda-ddi-table':
    'FDA. Drug Development and Drug Interactions: Table of Substrates, Inhibitors and Inducers (clinical index drugs).',
  'liverpool-hiv':
    'University of Liverpool HIV Drug Interactions (hiv-druginteractions.org), interaction charts.',
  credibleMeds:
    'CredibleMeds QTdrugs List (AZCERT): Known, Possible and Conditional Risk of Torsades de Pointes.',
  'drew-2010-qt':
    'Drew BJ et al. Prevention of torsade de pointes in hospital settings: AHA/ACCF scientific statement. Circulation 2010;121:1047-60.',
  'mhra-2011-citalopram':
    'MHRA Drug Safety Update (December 2011): citalopram and escitalopram — QT prolongation; contraindicated with other QT-prolonging drugs.',
  'ema-2014-domperidone':
    'EMA (2014): domperidone — restricted use; contraindicated with QT-prolonging drugs and potent CYP3A4 inhibitors.',
  'label-tikosyn': 'FDA label: Tikosyn (dofetilide), Contraindications and Drug Interactions.',
  'label-orap': 'FDA label: Orap (pimozide), Contraindications.',
  'label-thioridazine': 'FDA label: thioridazine hydrochloride tablets, boxed warning and Contraindications.',
  'label-multaq': 'FDA label: Multaq (dronedarone), Contraindications and Drug Interactions.',
  'label-geodon': 'FDA label: Geodon (ziprasidone), Contraindications.',
  'fda-dsc-2011-simvastatin':
    'FDA Drug Safety Communication (8 June 2011): new restrictions, contraindications and dose limitations for Zocor (simvastatin).',
  'label-zocor-mevacor':
    'FDA labels: Zocor (simvastatin) and Mevacor (lovastatin), Contraindications and Dosage.',
  'label-lipitor': 'FDA label: Lipitor (atorvastatin), Drug Interactions.',
  'label-crestor': 'FDA label: Crestor (rosuvastatin), Dosage with ciclosporin and gemfibrozil.',
  'smpc-fucidin': 'EU SmPC: Fucidin (fusidic acid) — must not be given with statins (rhabdomyolysis).',
  'label-ergot':
    'FDA labels: Cafergot and Ergomar (ergotamine), D.H.E. 45 (dihydroergotamine), boxed warning (CYP3A4 inhibitors).',
  'label-triptans':
    'FDA labels: Imitrex (sumatriptan), Maxalt (rizatriptan), Zomig (zolmitriptan) — contraindicated with MAO-A inhibitors and ergots.',
  'orlova-2018-triptan-ssri':
    'Orlova Y et al. Association of coprescription of triptans with SSRIs or SNRIs with serotonin syndrome. JAMA Neurol 2018;75:566-72.',
  'boyer-2005-serotonin': 'Boyer EW, Shannon M. The serotonin syndrome. N Engl J Med 2005;352:1112-20.',
  'gillman-2005-maoi-opioids':
    'Gillman PK. Monoamine oxidase inhibitors, opioid analgesics and serotonin toxicity. Br J Anaesth 2005;95:434-41.',
  'label-maoi':
    'FDA labels: Nardil (phenelzine), Parnate (tranylcypromine), Marplan (isocarboxazid) — Contraindications.',
  'label-mao-b':
    'FDA labels: Azilect (rasagiline), Eldepryl and Emsam (selegiline), Xadago (safinamide) — Contraindications.',
  'fda-dsc-2011-linezolid':
    'FDA Drug Safety Communication (2011): serious CNS reactions when linezolid is given with serotonergic psychiatric drugs.',
  'fda-dsc-2011-methylene-blue':
    'FDA Drug Safety Communication (2011): serious CNS reactions when methylene blue is given with serotonergic psychiatric drugs.',
  'fda-dsc-2016-opioid-serotonin':
    'FDA Drug Safety Communication (22 March 2016): opioid analgesics — serotonin syndrome with serotonergic drugs.',
  'fda-dsc-2016-opioid-benzodiazepine':
    'FDA Drug Safety Communication (31 August 2016): boxed warnings on combined use of opioids with benzodiazepines and other CNS depressants.',
  'fda-dsc-2019-gabapentinoid':
    'FDA Drug Safety Communication (19 December 2019): serious breathing difficulties with gabapentin or pregabalin and CNS depressants.',
  'label-naltrexone':
    'FDA label: Revia (naltrexone), Contraindications (patients receiving opioid analgesics).',
  'label-opioid-cyp3a4':
    'FDA labels: Duragesic (fentanyl), OxyContin (oxycodone), Hysingla (hydrocodone), methadone — boxed warning, CYP3A4 inhibitors.',
  'label-benzodiazepine-cyp3a4':
    'FDA labels: Halcion (triazolam) and Xanax (alprazolam) contraindicated with ketoconazole and itraconazole; midazolam with HIV protease inhibitors.',
  'label-anticoagulant-doac':
    'FDA labels: Eliquis (apixaban), Xarelto (rivaroxaban), Savaysa (edoxaban), Drug Interactions.',
  'smpc-pradaxa':
    'EU SmPC: Pradaxa (dabigatran etexilate), Contraindications and Interactions (P-gp inhibitors).',
  'label-coumadin': 'FDA label: Coumadin (warfarin), Drug Interactions.',
  'holbrook-2005-warfarin':
    'Holbrook AM et al. Systematic overview of warfarin and its drug and food interactions. Arch Intern Med 2005;165:1095-106.',
  'lamberts-2014-nsaid-anticoagulant':
    'Lamberts M et al. Relation of NSAID use to serious bleeding and thromboembolism in atrial fibrillation on antithrombotic therapy. Ann Intern Med 2014;161:690-8.',
  'label-plavix-ppi':
    'FDA (2009, 2010): reduced effectiveness of Plavix (clopidogrel) with omeprazole or esomeprazole; FDA label: Plavix.',
  'label-brilinta':
    'FDA label: Brilinta (ticagrelor), Drug Interactions; EU SmPC: Brilique, Contraindications.',
  'label-pde5-nitrates':
    'FDA labels: Viagra (sildenafil), Cialis (tadalafil), Levitra (vardenafil) — contraindicated with nitrates; Adempas (riociguat).',
  'label-ivabradine': 'FDA label: Corlanor and EU SmPC: Procoralan (ivabradine), Contraindications.',
  'label-ranexa': 'FDA label: Ranexa (ranolazine), Contraindications.',
  'gandhi-2013-ccb-macrolide':
    'Gandhi S et al. Calcium-channel blocker–clarithromycin drug interactions and acute kidney injury and hypotension in older adults. JAMA 2013;310:2544-53.',
  'label-colcrys': 'FDA label: Colcrys (colchicine), Dosage modifications with CYP3A4 and P-gp inhibitors.',
  'label-camptosar':
    'FDA label: Camptosar (irinotecan), Drug Interactions (strong CYP3A4 inducers and inhibitors, UGT1A1).',
  'label-hiv-pi':
    'FDA labels of HIV protease inhibitors (Norvir, Kaletra, Prezista, Reyataz, Invirase, Viracept, Lexiva, Aptivus): contraindicated co-medications.',
  'label-paxlovid': 'FDA label: Paxlovid (nirmatrelvir; ritonavir), Contraindications and Drug Interactions.',
  'label-rilpivirine': 'FDA label: Edurant (rilpivirine), Contraindications.',
  'label-vfend': 'FDA label: Vfend (voriconazole), Contraindications.',
  'label-lurasidone-quetiapine':
    'FDA labels: Latuda (lurasidone) contraindications; Seroquel (quetiapine) dose adjustment.',
  'label-inhaled-steroid-ritonavir':
    'FDA labels: Flovent (fluticasone) and Pulmicort (budesonide) — Cushing’s syndrome with ritonavir and strong CYP3A4 inhibitors.',
  'label-immunosuppressant':
    'FDA labels: Prograf (tacrolimus), Neoral (ciclosporin), Rapamune (sirolimus), Zortress (everolimus), Drug Interactions.',
  'label-bosentan': 'FDA label: Tracleer (bosentan), Contraindications (ciclosporin, glibenclamide).',
  'label-repaglinide':
    'FDA label: Prandin and EU SmPC: NovoNorm (repaglinide) — gemfibrozil and clopidogrel.',
  'fsrh-2022-contraception':
    'FSRH Clinical Guidance: Drug Interactions with Hormonal Contraception (2017, amended 2022).',
  'label-lamictal':
    'FDA label: Lamictal (lamotrigine), Dosage with valproate and with oestrogen-containing contraceptives.',
  'valproate-carbapenem':
    'Mancl EE, Gidal BE. The effect of carbapenem antibiotics on plasma concentrations of valproic acid. Ann Pharmacother 2009;43:2082-7.',
  'ontarget-2008':
    'ONTARGET Investigators. Telmisartan, ramipril, or both in patients at high risk for vascular events. N Engl J Med 2008;358:1547-59.',
  'ema-2014-dual-raas':
    'EMA PRAC (2014): combining renin-angiotensin system medicines (ACE inhibitors, ARBs, aliskiren) — restrictions.',
  'altitude-2012':
    'Parving HH et al. Cardiorenal end points in a trial of aliskiren for type 2 diabetes (ALTITUDE). N Engl J Med 2012;367:2204-13.',
  'label-entresto':
    'FDA label: Entresto (sacubitril/valsartan), Contraindications (ACE inhibitors, angioedema).',
  'juurlink-2004-hyperkalaemia':
    'Juurlink DN et al. Rates of hyperkalemia after publication of the Randomized Aldactone Evaluation Study. N Engl J Med 2004;351:543-51.',
  'antoniou-2010-trimethoprim-raas':
    'Antoniou T et al. Trimethoprim-sulfamethoxazole-induced hyperkalemia in patients receiving inhibitors of the renin-angiotensin system. Arch Intern Med 2010;170:1045-9.',
  'antoniou-2015-trimethoprim-spironolactone':
    'Antoniou T et al. Trimethoprim-sulfamethoxazole and risk of sudden death among patients taking spironolactone. CMAJ 2015;187:E138-43.',
  'label-potassium-sparing':
    'FDA labels: Midamor (amiloride), Dyrenium (triamterene), Inspra (eplerenone) — contraindicated with potassium supplements.',
  'juurlink-2004-lithium':
    'Juurlink DN et al. Drug-induced lithium toxicity in the elderly: a population-based study. J Am Geriatr Soc 2004;52:794-8.',
  'finley-2016-lithium':
    'Finley PR. Drug interactions with lithium: an update. Clin Pharmacokinet 2016;55:925-41.',
  'label-lanoxin': 'FDA label: Lanoxin (digoxin), Drug Interactions (P-gp inhibitors).',
  'label-tizanidine': 'FDA label: Zanaflex (tizanidine), Contraindications and CYP1A2 inhibitors.',
  'label-rozerem': 'FDA label: Rozerem (ramelteon), Contraindications and CYP1A2 inhibitors.',
  'label-cymbalta': 'FDA label: Cymbalta (duloxetine), Drug Interactions (potent CYP1A2 inhibitors).',
  'smpc-valdoxan': 'EU SmPC: Valdoxan (agomelatine), Contraindications (potent CYP1A2 inhibitors).',
  'label-clozapine': 'FDA label: Clozaril (clozapine), Drug Interactions (CYP1A2 inhibitors, carbamazepine).',
  'label-uloric': 'FDA label: Uloric (febuxostat), Contraindications (azathioprine, mercaptopurine).',
  'label-thiopurine-allopurinol':
    'FDA labels: Imuran (azathioprine) and Purixan (mercaptopurine) — reduce the dose to a third or a quarter with allopurinol.',
  'bourre-tessier-2010-methotrexate':
    'Bourré-Tessier J, Haraoui B. Methotrexate drug interactions in the treatment of rheumatoid arthritis: a systematic review. J Rheumatol 2010;37:1416-21.',
  'kelly-2010-tamoxifen':
    'Kelly CM et al. Selective serotonin reuptake inhibitors and breast cancer mortality in women receiving tamoxifen. BMJ 2010;340:c693.',
  'fda-dsc-2018-fluoroquinolone':
    'FDA Drug Safety Communication (10 July 2018): fluoroquinolones — significant decreases in blood sugar.',
  'ema-2018-fluoroquinolone':
    'EMA (2018): fluoroquinolones — disabling and potentially permanent side effects, tendon rupture with corticosteroids.',
  'label-chelation':
    'FDA labels: Cipro (ciprofloxacin), Vibramycin (doxycycline), Tivicay (dolutegravir) — polyvalent cations.',
  'smpc-metoclopramide': 'EU SmPC: metoclopramide — contraindicated with levodopa or dopaminergic agonists.',
  'label-ketorolac': 'FDA label: ketorolac tromethamine, boxed warning (aspirin, NSAIDs, anticoagulants).',
  'lapi-2013-triple-whammy':
    'Lapi F et al. Concurrent use of diuretics, ACE inhibitors, and ARBs with NSAIDs and risk of acute kidney injury. BMJ 2013;346:e8525.',
  'fda-2006-ibuprofen-aspirin':
    'FDA Science Paper (2006): concomitant use of ibuprofen and aspirin — interference with the antiplatelet effect of aspirin.',
  'label-atazanavir':
    'FDA label: Reyataz (atazanavir), Drug Interactions (proton pump inhibitors, H2-receptor antagonists).',
  'label-sildenafil-cyp3a4':
    'FDA labels: Viagra, Cialis, Levitra — dose limits with ritonavir and strong CYP3A4 inhibitors.',
  'nice-cg183-drug-allergy': 'NICE CG183: Drug allergy — diagnosis and management (2014).',
  'khan-2022-drug-allergy':
    'Khan DA et al. Drug allergy: a 2022 practice parameter update. J Allergy Clin Immunol 2022;150:1333-93.',
  'pichichero-2007-cephalosporin':
    'Pichichero ME, Casey JR. Safe use of selected cephalosporins in penicillin-allergic patients: a meta-analysis. Otolaryngol Head Neck Surg 2007;136:340-7.',
  'romano-2018-beta-lactam':
    'Romano A et al. Cross-reactivity and tolerability of cephalosporins in patients with IgE-mediated hypersensitivity to penicillins. J Allergy Clin Immunol Pract 2018;6:1662-72.',
  'strom-2003-sulfonamide':
    'Strom BL et al. Absence of cross-reactivity between sulfonamide antibiotics and sulfonamide nonantibiotics. N Engl J Med 2003;349:1628-35.',
  'kowalski-2013-nsaid':
    'Kowalski ML et al. Classification and practical approach to the diagnosis and management of hypersensitivity to NSAIDs (EAACI/ENDA). Allergy 2013;68:1219-32.',
  'hirsch-2008-antiepileptic-rash':
    'Hirsch LJ et al. Cross-sensitivity of skin rashes with antiepileptic drug use. Neurology 2008;71:1527-34.',
  'haymore-2008-ace-arb':
    'Haymore BR et al. Risk of angioedema with ARBs in patients with prior ACE inhibitor-induced angioedema: a meta-analysis. Ann Allergy Asthma Immunol 2008;101:495-9.',
} as const;

export type ReferenceId = keyof typeof REFERENCES;

/** The citation text of a reference key. */
export function citation(id: ReferenceId): string {
  return REFERENCES[id];
}
