import { medlineplus, testArticle as test } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/**
 * Blood and urine tests. Ranges are typical adult values; laboratories differ slightly, so the report's
 * own range and a clinician's reading come first.
 */
export const BLOOD_TEST_ARTICLES: readonly HealthArticle[] = [
  test({
    id: 'hba1c-test',
    title: 'HbA1c test',
    keywords:
      'HbA1c, A1c, A1C test, haemoglobin A1c, hemoglobin A1c, glycated haemoglobin, glycated hemoglobin, glycosylated haemoglobin, average blood sugar, diabetes blood test, sugar test',
    summary:
      'The HbA1c blood test shows your average blood sugar over the past two to three months. It is used to diagnose diabetes and prediabetes and to check how well diabetes is controlled.',
    sections: {
      'What it is':
        'Sugar in the blood sticks to haemoglobin in red blood cells, which live for about three months, so the test reflects your longer-term level. You do not need to fast.',
      Results:
        'In the UK, below 42 mmol/mol (6.0%) is normal, 42 to 47 mmol/mol (6.0% to 6.4%) means a higher risk of diabetes (prediabetes), and 48 mmol/mol (6.5%) or more suggests diabetes. US guidance calls below 5.7% normal and 5.7% to 6.4% prediabetes.',
      'Targets in diabetes':
        'Many people with diabetes aim for about 48 to 53 mmol/mol (6.5% to 7.0%), but your target should be agreed with your care team.',
      'Why it is done':
        'To diagnose type 2 diabetes, to check people at risk, and every 3 to 6 months in people with diabetes. It can be misleading in pregnancy, anaemia and some blood conditions.',
    },
    source: medlineplus('lab-tests/hemoglobin-a1c-hba1c-test/', 'Hemoglobin A1C (HbA1c) test'),
  }),
  test({
    id: 'blood-glucose-test',
    title: 'Blood glucose test (fasting and random)',
    keywords:
      'blood glucose, blood sugar, fasting glucose, fasting blood sugar, FBS, FPG, random glucose, glucose tolerance test, OGTT, sugar level, finger prick test, hypoglycaemia, hypoglycemia',
    summary:
      'A blood glucose test measures the sugar in your blood at one moment. A fasting test, taken after 8 hours without food, is one of the ways to diagnose diabetes.',
    sections: {
      'What it is':
        'Blood is taken from a vein or a finger prick. For a fasting test you have only water for at least 8 hours; a glucose tolerance test measures sugar before and 2 hours after a sugary drink.',
      Results:
        'A fasting level below 5.6 mmol/L (100 mg/dL) is usually normal, 5.6 to 6.9 mmol/L (100 to 125 mg/dL) suggests prediabetes, and 7.0 mmol/L (126 mg/dL) or more on two tests suggests diabetes. A random level of 11.1 mmol/L (200 mg/dL) or more with symptoms also suggests diabetes.',
      'Low blood sugar':
        'Below 4.0 mmol/L (72 mg/dL) is low (a "hypo") in people with diabetes. Take a sugary drink or glucose tablets and recheck after 15 minutes.',
    },
    source: medlineplus('lab-tests/blood-glucose-test/', 'Blood glucose test'),
  }),
  test({
    id: 'cholesterol-test',
    title: 'Cholesterol test (lipid panel)',
    keywords:
      'cholesterol test, lipid panel, lipid profile, lipids, blood fats, LDL, HDL, good cholesterol, bad cholesterol, triglycerides, non-HDL, total cholesterol, cholesterol level',
    summary:
      'A cholesterol test, also called a lipid panel, measures the fats in your blood: total cholesterol, LDL ("bad"), HDL ("good") and triglycerides. It helps estimate your risk of heart disease and stroke.',
    sections: {
      'What it is':
        'A blood sample from your arm or a finger prick. Most people do not need to fast; your clinic will tell you if you do.',
      Results:
        'As a rough guide for healthy adults: total cholesterol below 5 mmol/L (about 200 mg/dL), LDL below 3 mmol/L (about 115 mg/dL; US guidance often uses below 100 mg/dL), HDL above 1.0 mmol/L (40 mg/dL) in men and 1.2 mmol/L (about 45 to 50 mg/dL) in women, and fasting triglycerides below 1.7 mmol/L (150 mg/dL).',
      'Why it is done':
        'Adults are checked every few years from around 40 (earlier with a family history), and more often if they have heart disease, diabetes or take a statin. Targets are lower for people at high risk.',
    },
    source: medlineplus('lab-tests/cholesterol-levels/', 'Cholesterol levels'),
  }),
  test({
    id: 'full-blood-count',
    title: 'Full blood count (FBC / CBC)',
    keywords:
      'full blood count, FBC, complete blood count, CBC, blood count, haemoglobin, hemoglobin, Hb, white cells, white blood cell count, WBC, platelets, red blood cells, haematocrit, hematocrit',
    summary:
      'A full blood count (called a complete blood count, CBC, in the US) is one of the most common blood tests. It measures red cells, white cells and platelets and can show anaemia, infection and other problems.',
    sections: {
      'What it is':
        'A single blood sample from the arm; no fasting is needed. It is often done as part of a general check or when you feel tired or unwell.',
      Results:
        'Typical adult ranges: haemoglobin about 130 to 170 g/L in men and 120 to 150 g/L in women (13 to 17 and 12 to 15 g/dL); white cells 4 to 11 × 10⁹/L; platelets 150 to 400 × 10⁹/L. Slightly out-of-range results are common and often not a concern.',
      'What results can mean':
        'Low haemoglobin points to anaemia; a high white cell count often means infection or inflammation; low platelets can cause easy bruising or bleeding.',
    },
    source: medlineplus('lab-tests/complete-blood-count-cbc/', 'Complete blood count (CBC)'),
  }),
  test({
    id: 'kidney-function-test',
    title: 'Kidney function test (eGFR and creatinine)',
    keywords:
      'eGFR, GFR, estimated glomerular filtration rate, creatinine, serum creatinine, kidney function, kidney blood test, renal function, U&E, urea and electrolytes, urea, ACR, albumin creatinine ratio',
    summary:
      'Kidney function is checked with a blood test for creatinine, a waste product. From it the lab calculates your eGFR, an estimate of how much blood your kidneys filter each minute.',
    sections: {
      'What it is':
        'A blood sample, often with a urine test for protein (the albumin to creatinine ratio, ACR). Avoid eating a large meat meal or doing heavy exercise the day before.',
      Results:
        'An eGFR of 90 or more (mL/min/1.73 m²) is normal. 60 to 89 is common in older people and only means kidney disease if there are other signs such as protein in the urine. Below 60 for three months or more means chronic kidney disease, and below 15 means kidney failure.',
      'Why it is done':
        'To check people with diabetes, high blood pressure or heart disease, before and during some medicines (such as metformin, ACE inhibitors and DOACs), and when people are unwell.',
    },
    source: medlineplus('lab-tests/creatinine-test/', 'Creatinine test'),
  }),
  test({
    id: 'liver-function-tests',
    title: 'Liver function tests (LFTs)',
    keywords:
      'liver function tests, LFT, LFTs, liver blood test, ALT, AST, ALP, alkaline phosphatase, GGT, gamma GT, bilirubin, albumin, liver enzymes, jaundice',
    summary:
      'Liver function tests are a group of blood tests that show whether the liver is inflamed or damaged and how well it is working.',
    sections: {
      'What it is':
        'A blood sample measuring liver enzymes (ALT, AST, ALP, GGT), bilirubin (which causes yellow skin when high) and proteins such as albumin.',
      Results:
        'Raised enzymes can be caused by fatty liver, alcohol, some medicines (including statins and paracetamol overdose), hepatitis or a blocked bile duct. Mildly raised results are common and are often rechecked.',
      'Why it is done':
        'To look for liver disease, to monitor people who drink heavily or have liver conditions, and to check on medicines that can affect the liver.',
    },
    source: medlineplus('lab-tests/liver-function-tests/', 'Liver function tests'),
  }),
  test({
    id: 'thyroid-function-tests',
    title: 'Thyroid function tests (TSH and T4)',
    keywords:
      'thyroid function test, TFT, TFTs, TSH, thyroid stimulating hormone, free T4, FT4, T3, thyroxine level, thyroid blood test, thyroid levels',
    summary:
      'Thyroid function tests measure TSH and thyroid hormones (T4, sometimes T3) to check for an underactive or overactive thyroid and to adjust thyroid medicine.',
    sections: {
      'What it is':
        'A blood sample. TSH is the message from the brain telling the thyroid to work harder, so it rises when the thyroid is underactive and falls when it is overactive.',
      Results:
        'A typical adult TSH range is about 0.4 to 4.0 mU/L, and free T4 about 10 to 22 pmol/L, though labs differ. High TSH with low T4 suggests an underactive thyroid; low TSH with high T4 suggests an overactive one.',
      'Why it is done':
        'To investigate tiredness, weight change, palpitations or other symptoms, and to check the dose of levothyroxine, usually once a year once it is stable.',
    },
    source: medlineplus('lab-tests/tsh-thyroid-stimulating-hormone-test/', 'TSH test'),
  }),
  test({
    id: 'psa-test',
    title: 'PSA test (prostate-specific antigen)',
    keywords:
      'PSA, PSA test, prostate specific antigen, prostate blood test, prostate check, prostate screening',
    summary:
      'The PSA blood test measures a protein made by the prostate. A raised level can be a sign of prostate cancer, but it is more often caused by an enlarged prostate or infection.',
    sections: {
      'What it is':
        'A blood sample. Avoid ejaculation and vigorous exercise (such as cycling) for 48 hours before, and do not have it while you have a urine infection.',
      Results:
        'There is no single normal value: the upper limit rises with age (often around 3 ng/mL at 50 to 69 in UK practice). A raised result usually leads to a repeat test and an MRI scan rather than straight to a biopsy.',
      'Pros and cons':
        'It can find cancers early, but it can miss some and can find slow-growing cancers that would never cause harm, leading to worry and treatment side effects. Men over 50 can ask for one after talking it through.',
    },
    source: medlineplus(
      'lab-tests/prostate-specific-antigen-psa-test/',
      'Prostate-specific antigen (PSA) test',
    ),
  }),
  test({
    id: 'troponin-test',
    title: 'Troponin test',
    keywords:
      'troponin, troponin test, high sensitivity troponin, hs-troponin, cardiac enzymes, heart attack blood test, trop',
    summary:
      'Troponin is a protein released into the blood when heart muscle is damaged. A troponin blood test, usually repeated after a few hours, is the main blood test for a heart attack.',
    sections: {
      'What it is':
        'A blood sample taken in hospital or the emergency department when someone has chest pain, often at arrival and again one to three hours later to see whether the level is rising.',
      Results:
        'A level above the lab’s upper limit that rises or falls between tests suggests a heart attack. Troponin can also be raised by heart inflammation, heart failure, a blood clot in the lungs, sepsis or kidney disease.',
    },
    source: medlineplus('lab-tests/troponin-test/', 'Troponin test'),
  }),
  test({
    id: 'inr-test',
    title: 'INR test (prothrombin time)',
    keywords:
      'INR, international normalised ratio, international normalized ratio, prothrombin time, PT, clotting test, blood clotting, warfarin test, anticoagulation clinic',
    summary:
      'The INR test measures how long your blood takes to clot. It is used mainly to check the dose of warfarin.',
    sections: {
      'What it is':
        'A finger-prick or blood sample, often at an anticoagulation clinic or with a home testing device.',
      Results:
        'Without warfarin, the INR is about 1 (0.8 to 1.2). On warfarin, most people aim for 2 to 3, and some (for example with certain mechanical heart valves) aim higher. Too high raises the risk of bleeding; too low raises the risk of clots.',
      'Why it is done':
        'Regularly while taking warfarin, more often at the start and after any dose or medicine change, and before surgery or when liver disease is suspected.',
    },
    source: medlineplus('lab-tests/prothrombin-time-test-and-inr-ptinr/', 'Prothrombin time test and INR'),
  }),
  test({
    id: 'vitamin-d-test',
    title: 'Vitamin D test',
    keywords:
      'vitamin D, vit D, 25-hydroxy vitamin D, 25-OH vitamin D, vitamin D deficiency, low vitamin D, vitamin D level, sunshine vitamin',
    summary:
      'The vitamin D test measures 25-hydroxy vitamin D in the blood, the best guide to your body’s vitamin D stores. Low levels are common in winter and can weaken bones.',
    sections: {
      Results:
        'As a guide: below 25 nmol/L (10 ng/mL) is deficient, 25 to 50 nmol/L (10 to 20 ng/mL) may be too low for some people, and above 50 nmol/L (20 ng/mL) is enough for most.',
      'Why it is done':
        'For people with bone pain, weak bones, falls or conditions that affect absorption. Routine testing of healthy people is usually not needed.',
      'Getting enough':
        'In the UK, everyone is advised to consider 10 micrograms (400 units) a day in autumn and winter, and all year if they get little sun. Do not take high doses for long periods without advice.',
    },
    source: medlineplus('lab-tests/vitamin-d-test/', 'Vitamin D test'),
  }),
  test({
    id: 'urine-test',
    title: 'Urine test (urinalysis)',
    keywords:
      'urine test, urinalysis, urine sample, urine dipstick, pee test, MSU, midstream urine, protein in urine, blood in urine, urine culture',
    summary:
      'A urine test checks a sample of your pee for signs of infection, kidney problems, diabetes and other conditions.',
    sections: {
      'What it is':
        'You pee into a clean pot, ideally a midstream sample (let the first bit go into the toilet). A dipstick gives instant results and the sample can be sent to a lab.',
      Results:
        'Normal urine has no glucose, little or no protein and no blood. Nitrites and white cells suggest infection; protein can signal kidney damage; glucose can be a sign of diabetes.',
    },
    source: medlineplus('lab-tests/urinalysis/', 'Urinalysis'),
  }),
];
