import { conditionArticle as condition, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Heart and circulation conditions. */
export const HEART_CONDITION_ARTICLES: readonly HealthArticle[] = [
  condition({
    id: 'high-blood-pressure',
    title: 'High blood pressure (hypertension)',
    keywords:
      'hypertension, high blood pressure, raised blood pressure, HBP, HTN, blood pressure too high, BP high, hypertensive',
    summary:
      'High blood pressure means the force of blood against your artery walls stays too high. It rarely causes symptoms, but over years it raises the risk of heart attack, stroke and kidney disease, so it is worth checking regularly.',
    sections: {
      'What it is':
        'Blood pressure is written as two numbers, such as 120/80 mmHg. In the UK it is usually called high from 140/90 when measured in a clinic (135/85 at home); US guidelines start at 130/80.',
      Symptoms:
        'Most people feel completely well, which is why it is called a silent condition. The only way to know is to have your blood pressure measured.',
      'Causes and risks':
        'Risk rises with age, a family history, being overweight, eating a lot of salt, drinking a lot of alcohol, smoking, little physical activity and some kidney or hormone conditions.',
      Treatment:
        'Lifestyle changes help everyone: less salt, more fruit and vegetables, regular activity, a healthy weight and less alcohol. Many people also need tablets such as an ACE inhibitor or amlodipine, often for life.',
      'When to get help':
        'Get urgent medical help if a reading is 180/120 or higher, especially with a severe headache, chest pain, breathlessness, confusion or changes in vision.',
    },
    source: nhs('conditions/high-blood-pressure-hypertension/', 'High blood pressure (hypertension)'),
  }),
  condition({
    id: 'heart-attack',
    title: 'Heart attack',
    keywords:
      'heart attack, myocardial infarction, MI, cardiac arrest, coronary, acute coronary syndrome, ACS, STEMI, NSTEMI, crushing chest pain',
    summary:
      'A heart attack happens when the blood supply to part of the heart muscle is suddenly blocked, usually by a clot in a coronary artery. It is a medical emergency: call 999 (UK) or 911 (US) straight away.',
    sections: {
      Symptoms:
        'Typical signs are chest pain or pressure that may spread to the arms, jaw, neck or back, with breathlessness, sweating, feeling sick or light-headed. Women, older people and people with diabetes may have milder or unusual symptoms.',
      'What to do':
        'Call an ambulance immediately. While waiting, sit down and rest, and chew one 300 mg aspirin if you are not allergic to it and have not been told to avoid it.',
      Tests:
        'In hospital an ECG and blood tests for troponin show whether the heart muscle is damaged. A coronary angiogram may follow to find and open the blocked artery.',
      Treatment:
        'Treatment aims to restore blood flow quickly, usually with a stent (angioplasty) or clot-busting medicine, followed by long-term medicines such as aspirin, a statin and a beta blocker, plus cardiac rehabilitation.',
      Prevention:
        'Not smoking, controlling blood pressure, cholesterol and diabetes, staying active and eating a healthy diet all lower the risk of a first or repeat heart attack.',
    },
    source: nhs('conditions/heart-attack/', 'Heart attack'),
  }),
  condition({
    id: 'stroke',
    title: 'Stroke',
    keywords:
      'stroke, brain attack, CVA, cerebrovascular accident, TIA, mini stroke, transient ischaemic attack, transient ischemic attack, FAST, face drooping, slurred speech',
    summary:
      'A stroke happens when the blood supply to part of the brain is cut off by a clot or a bleed. It is an emergency: every minute counts, so call 999 or 911 at once.',
    sections: {
      Symptoms:
        'Remember FAST: Face drooping on one side, Arm weakness or numbness, Speech slurred or muddled, Time to call an ambulance. Sudden loss of vision, dizziness or a sudden severe headache can also be signs.',
      'What it is':
        'Most strokes are caused by a blocked artery (ischaemic stroke); some by bleeding in the brain (haemorrhagic stroke). A TIA or mini-stroke has the same signs but they pass within a day; it is a warning that needs same-day assessment.',
      Tests: 'A brain scan (CT or MRI) shows the type of stroke, which decides the treatment.',
      Treatment:
        'Clot-busting medicine or removal of the clot works best within hours of the symptoms starting. Afterwards, rehabilitation and medicines to lower the risk of another stroke are important.',
      Prevention:
        'Control blood pressure, treat atrial fibrillation, stop smoking, keep cholesterol and diabetes in check, stay active and drink less alcohol.',
    },
    source: nhs('conditions/stroke/', 'Stroke'),
  }),
  condition({
    id: 'high-cholesterol',
    title: 'High cholesterol',
    keywords:
      'high cholesterol, cholesterol, hypercholesterolaemia, hypercholesterolemia, hyperlipidaemia, hyperlipidemia, dyslipidaemia, LDL, bad cholesterol, fatty blood, lipids',
    summary:
      'High cholesterol means too much of a fatty substance in your blood, mainly "bad" LDL cholesterol, which can clog arteries. It causes no symptoms but raises the risk of heart attack and stroke.',
    sections: {
      'What it is':
        'Cholesterol is carried in the blood by proteins. LDL ("bad") cholesterol can build up in artery walls, while HDL ("good") cholesterol helps clear it away.',
      'Causes and risks':
        'Eating a lot of saturated fat, not being active, being overweight, smoking and drinking a lot of alcohol all play a part. Some families inherit very high levels (familial hypercholesterolaemia).',
      Tests:
        'A simple blood test (a lipid profile) measures it. Your doctor looks at the result together with your age, blood pressure and other factors to estimate your risk of heart disease.',
      Treatment:
        'Eat less saturated fat and more fibre, fruit, vegetables and oily fish, move more and stop smoking. If your risk is high, a statin is usually offered.',
    },
    source: nhs('conditions/high-cholesterol/', 'High cholesterol'),
  }),
  condition({
    id: 'atrial-fibrillation',
    title: 'Atrial fibrillation (AF)',
    keywords:
      'atrial fibrillation, AF, AFib, a fib, irregular heartbeat, irregular pulse, heart flutter, palpitations, arrhythmia',
    summary:
      'Atrial fibrillation is a common heart rhythm problem that makes the heartbeat irregular and often fast. It matters mainly because it raises the risk of stroke, which treatment can greatly reduce.',
    sections: {
      Symptoms:
        'Some people notice palpitations, a fluttering or pounding heartbeat, breathlessness, tiredness or dizziness; others have no symptoms and it is found during a pulse check.',
      Tests:
        'An ECG confirms it. Sometimes a heart monitor worn for a day or more, or an echocardiogram, is needed.',
      Treatment:
        'Medicines can slow or steady the heart, and many people are offered an anticoagulant (such as a DOAC or warfarin) to prevent clots. Some have a procedure to restore a normal rhythm.',
      'When to get help':
        'Call an ambulance if palpitations come with chest pain, fainting or severe breathlessness, or if you notice signs of a stroke.',
    },
    source: nhs('conditions/atrial-fibrillation/', 'Atrial fibrillation'),
  }),
  condition({
    id: 'heart-failure',
    title: 'Heart failure',
    keywords:
      'heart failure, congestive heart failure, CHF, weak heart, heart not pumping, swollen ankles, fluid on the lungs, cardiac failure',
    summary:
      'Heart failure means the heart is not pumping blood around the body as well as it should. It is a long-term condition, but treatment can ease symptoms and help people live longer.',
    sections: {
      Symptoms:
        'Common signs are breathlessness (especially when active or lying flat), tiredness, and swelling of the ankles and legs from fluid build-up.',
      'Causes and risks':
        'It often follows a heart attack or years of high blood pressure; heart valve disease, atrial fibrillation and heavy drinking can also cause it.',
      Tests:
        'Blood tests (including NT-proBNP), an ECG and an echocardiogram help confirm it and find the cause.',
      Treatment:
        'Several medicines work together, such as ACE inhibitors, beta blockers and water tablets (diuretics). Weighing yourself daily, staying active and limiting salt also help.',
      'When to get help':
        'Get urgent help if you become very breathless at rest, have chest pain, or gain weight quickly over a few days with more swelling.',
    },
    source: nhs('conditions/heart-failure/', 'Heart failure'),
  }),
  condition({
    id: 'angina',
    title: 'Angina and coronary heart disease',
    keywords:
      'angina, coronary heart disease, coronary artery disease, CHD, CAD, ischaemic heart disease, ischemic heart disease, narrowed arteries, chest tightness on exertion, chest pain on exertion, chest pain when walking, GTN',
    summary:
      'Angina is chest pain or tightness caused by reduced blood flow to the heart muscle, usually because the coronary arteries have narrowed. It is a warning sign of coronary heart disease.',
    sections: {
      Symptoms:
        'A dull, heavy or tight pain in the chest that may spread to the arms, neck or jaw, typically brought on by exertion or stress and easing within minutes of rest.',
      Tests:
        'Your doctor may arrange an ECG, blood tests and a CT coronary angiogram or a stress test to look at the coronary arteries.',
      Treatment:
        'A GTN spray or tablet relieves attacks. Long-term medicines (such as aspirin, a statin and a beta blocker) and lifestyle changes lower the risk of a heart attack; some people need a stent or bypass surgery.',
      'When to get help':
        'Call 999 or 911 if chest pain lasts more than a few minutes, does not settle after a second dose of GTN, or comes on at rest: it may be a heart attack.',
    },
    source: nhs('conditions/angina/', 'Angina'),
  }),
];
