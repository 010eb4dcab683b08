import { nhs, testArticle as test } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Heart and chest tests. */
export const HEART_TEST_ARTICLES: readonly HealthArticle[] = [
  test({
    id: 'chest-pain-tests',
    title: 'Tests for chest pain',
    keywords:
      'chest pain tests, tests for chest pain, chest pain investigations, heart tests, cardiac tests, investigations for angina, check my heart, heart check',
    summary:
      'Chest pain is usually checked with an ECG and, if a heart attack is possible, troponin blood tests. Depending on the results, a doctor may arrange a CT coronary angiogram, a stress test, an echocardiogram or a chest X-ray.',
    sections: {
      Tests:
        'ECG (heart tracing); troponin blood tests (for heart muscle damage); chest X-ray (lungs and heart size); CT coronary angiogram (a scan of the heart arteries); stress test or stress imaging (the heart under exercise or medicine); echocardiogram (ultrasound of the heart); and sometimes blood tests for clots, such as D-dimer.',
      'Which test when':
        'Sudden or ongoing chest pain needs the emergency department, where an ECG and troponin come first. Chest pain on exertion that settles with rest is usually assessed by a clinic with a CT coronary angiogram or a functional test.',
      'When to get help':
        'Call 999 or 911 for chest pain that is heavy, pressing or spreading to the arm, jaw or back, or comes with breathlessness, sweating or sickness. Do not wait for a test.',
    },
    source: nhs('conditions/coronary-heart-disease/diagnosis/', 'Coronary heart disease: diagnosis'),
  }),
  test({
    id: 'ecg',
    title: 'ECG (electrocardiogram)',
    keywords:
      'ECG, EKG, electrocardiogram, heart tracing, heart rhythm test, 12 lead ECG, holter monitor, heart monitor',
    summary:
      'An ECG records the electrical activity of your heart using small sticky pads on the chest, arms and legs. It is quick, painless and shows heart rhythm problems and signs of a heart attack.',
    sections: {
      'What happens':
        'You lie still for a few minutes while the pads pick up signals; nothing goes into your body. A portable monitor worn for 24 hours or longer can catch symptoms that come and go.',
      'Why it is done':
        'For chest pain, palpitations, dizziness, fainting or breathlessness, and as a check before some operations or medicines.',
      Results:
        'A normal ECG is reassuring, but it cannot rule out every heart problem, especially between episodes of symptoms, so further tests are sometimes needed.',
    },
    source: nhs('conditions/electrocardiogram/', 'Electrocardiogram (ECG)'),
  }),
  test({
    id: 'blood-pressure-test',
    title: 'Blood pressure measurement',
    keywords:
      'blood pressure test, blood pressure check, blood pressure reading, BP check, BP reading, measuring blood pressure, home blood pressure monitor, ambulatory blood pressure, ABPM, sphygmomanometer, systolic, diastolic',
    summary:
      'A blood pressure check measures the pressure in your arteries with a cuff on your upper arm. Adults should have it checked at least every five years, and more often if it is high or they are at risk.',
    sections: {
      'What happens':
        'Sit quietly for five minutes with your back supported, feet flat and arm resting at heart level. The cuff inflates, then slowly deflates. Home monitors and 24-hour (ambulatory) monitors give a truer picture than one clinic reading.',
      Results:
        'Readings show systolic over diastolic pressure, such as 120/80 mmHg. Roughly 90/60 to 120/80 is ideal. From about 140/90 in a clinic (135/85 at home) is high blood pressure in the UK; US guidelines use 130/80. Below 90/60 is low.',
      'When to get help':
        'Get urgent help if your reading is 180/120 or higher with symptoms such as chest pain, severe headache, breathlessness or confusion. Without symptoms, rest and recheck, then contact your doctor the same day.',
    },
    source: nhs('conditions/blood-pressure-test/', 'Blood pressure test'),
  }),
  test({
    id: 'echocardiogram',
    title: 'Echocardiogram (heart ultrasound)',
    keywords:
      'echocardiogram, echo, heart ultrasound, heart scan, cardiac ultrasound, ejection fraction, heart valve test',
    summary:
      'An echocardiogram is an ultrasound scan of the heart. It shows how well the heart pumps and whether the valves and chambers look normal.',
    sections: {
      'What happens':
        'You lie on your side while a probe with gel is moved over your chest; it takes about 30 to 60 minutes and does not hurt. Sometimes a probe is passed down the throat for clearer pictures.',
      'Why it is done':
        'To look for heart failure, valve disease, causes of breathlessness or a heart murmur, and damage after a heart attack.',
      Results:
        'Results include the ejection fraction, the share of blood pumped out with each beat; around 55% or more is usually normal.',
    },
    source: nhs('conditions/echocardiogram/', 'Echocardiogram'),
  }),
  test({
    id: 'stress-test',
    title: 'Exercise stress test',
    keywords:
      'stress test, exercise test, exercise ECG, treadmill test, cardiac stress test, stress echo, myocardial perfusion scan, nuclear stress test, stress MRI',
    summary:
      'A stress test checks how your heart works when it is made to work harder, by exercise on a treadmill or bike or with a medicine. It helps show whether narrowed arteries limit blood flow to the heart.',
    sections: {
      'What happens':
        'You are connected to an ECG and blood pressure cuff while you walk or cycle at increasing effort. In imaging stress tests, ultrasound, MRI or a small radioactive tracer shows the heart muscle before and after.',
      'Why it is done':
        'To investigate chest pain on exertion (possible angina) and to plan treatment for known coronary heart disease.',
      Results:
        'Changes on the ECG, symptoms or areas of heart muscle that get less blood under stress suggest narrowed coronary arteries; a coronary angiogram may follow.',
    },
    source: nhs('conditions/coronary-heart-disease/diagnosis/', 'Coronary heart disease: diagnosis'),
  }),
  test({
    id: 'ct-coronary-angiogram',
    title: 'CT coronary angiogram',
    keywords:
      'CT coronary angiogram, CTCA, CT angiogram, coronary CT, CCTA, heart CT scan, calcium score, coronary angiography, cardiac CT',
    summary:
      'A CT coronary angiogram is a CT scan, with dye injected into a vein, that shows the arteries supplying the heart. It is a common first test for chest pain that may be angina.',
    sections: {
      'What happens':
        'A small tube is placed in an arm vein for the dye, and you may be given a medicine to slow your heart. You lie in the scanner and hold your breath for a few seconds; it takes about 15 to 30 minutes.',
      'Why it is done':
        'To look for narrowing or blockages in the coronary arteries in people with chest pain, and sometimes to measure calcium in the arteries.',
      Risks:
        'It uses a small dose of radiation. Tell the team if you have had a reaction to dye, have kidney problems, take metformin or might be pregnant.',
    },
    source: nhs('conditions/coronary-heart-disease/diagnosis/', 'Coronary heart disease: diagnosis'),
  }),
  test({
    id: 'chest-x-ray',
    title: 'Chest X-ray',
    keywords: 'chest X-ray, chest xray, CXR, chest radiograph, lung X-ray, x ray of the chest',
    summary:
      'A chest X-ray is a quick picture of the lungs, heart and chest bones using a small dose of radiation. It helps find pneumonia, fluid, a collapsed lung, heart enlargement and some cancers.',
    sections: {
      'What happens':
        'You stand against a plate and take a deep breath while the picture is taken; it takes a few minutes. Tell the radiographer if you might be pregnant.',
      'Why it is done':
        'For a cough lasting more than three weeks, breathlessness, chest pain, coughing up blood or suspected chest infection.',
      Results:
        'A clear X-ray is reassuring, but small problems can be missed, so a CT scan is sometimes needed.',
    },
    source: nhs('conditions/x-ray/', 'X-ray'),
  }),
  test({
    id: 'spirometry',
    title: 'Spirometry (breathing test)',
    keywords:
      'spirometry, breathing test, lung function test, pulmonary function test, PFT, FEV1, FVC, peak flow, blow test, lung test',
    summary:
      'Spirometry measures how much air you can breathe out and how fast. It is the main test for COPD and helps diagnose asthma.',
    sections: {
      'What happens':
        'You take a deep breath and blow as hard and fast as you can into a mouthpiece, a few times, sometimes before and after an inhaler. Avoid heavy meals and smoking beforehand.',
      Results:
        'FEV1 is the air blown out in one second and FVC the total. An FEV1/FVC ratio below about 0.7 suggests the airways are narrowed, as in COPD or asthma; improvement after an inhaler points to asthma.',
    },
    source: nhs('conditions/spirometry/', 'Spirometry'),
  }),
];
