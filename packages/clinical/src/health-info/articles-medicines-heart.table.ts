import { medicineArticle as medicine, medlineplus, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/**
 * Painkillers and heart and circulation medicines. Doses are usual adult doses for general guidance;
 * the label, the leaflet and the prescriber's instructions come first.
 */
export const PAIN_AND_HEART_MEDICINE_ARTICLES: readonly HealthArticle[] = [
  medicine({
    id: 'paracetamol',
    title: 'Paracetamol (acetaminophen)',
    keywords:
      'paracetamol, acetaminophen, Tylenol, Calpol, Panadol, painkiller, pain relief, fever reducer, co-codamol',
    summary:
      'Paracetamol (called acetaminophen in the US) is a common painkiller that also lowers a high temperature. It is safe for most people at the right dose, but an overdose can seriously damage the liver.',
    sections: {
      'What it is for':
        'Mild to moderate pain such as headache, toothache, back pain and period pain, and fever from colds and flu.',
      'How to take it':
        'The usual adult dose is 500 mg to 1 g every 4 to 6 hours, with no more than 4 g (eight 500 mg tablets) in 24 hours. Lower doses are needed if you weigh under 50 kg or have liver problems. Children’s doses depend on age or weight.',
      'Side effects':
        'Side effects are rare at normal doses. Stop and get advice if you develop a rash or swelling.',
      Cautions:
        'Many cold and flu remedies and co-codamol also contain paracetamol, so check labels to avoid taking a double dose. Take care if you drink a lot of alcohol.',
      'When to get help':
        'Get urgent help (A&E, the emergency department, or poison control) if you have taken more than the maximum dose, even if you feel well: liver damage can take days to show.',
    },
    source: nhs('medicines/paracetamol-for-adults/', 'Paracetamol for adults'),
  }),
  medicine({
    id: 'ibuprofen',
    title: 'Ibuprofen and other anti-inflammatories (NSAIDs)',
    keywords:
      'ibuprofen, Nurofen, Advil, Motrin, NSAID, NSAIDs, anti-inflammatory, anti inflammatory painkiller, naproxen, diclofenac',
    summary:
      'Ibuprofen is an anti-inflammatory painkiller (an NSAID) for pain, swelling and fever. It works well but can irritate the stomach and is not suitable for everyone.',
    sections: {
      'What it is for':
        'Pain with inflammation, such as sprains, back pain, dental pain and period pain, as well as fever and headache.',
      'How to take it':
        'Adults usually take 200 to 400 mg up to three times a day with or after food, with no more than 1,200 mg a day unless a doctor advises more. Use the lowest dose for the shortest time.',
      'Side effects':
        'Indigestion, feeling sick, and with longer use stomach ulcers and bleeding, kidney problems and a small rise in heart attack and stroke risk.',
      Cautions:
        'Ask a doctor or pharmacist first if you have had a stomach ulcer, have asthma, heart, kidney or liver problems, take blood thinners, are over 65, or are pregnant (it is usually avoided, especially later in pregnancy). Do not combine two NSAIDs.',
      'When to get help':
        'Stop and get urgent help for black or bloody poo, vomiting blood, severe stomach pain, wheeze or swelling of the face.',
    },
    source: nhs('medicines/ibuprofen-for-adults/', 'Ibuprofen for adults'),
  }),
  medicine({
    id: 'aspirin',
    title: 'Aspirin (low-dose)',
    keywords:
      'aspirin, low dose aspirin, baby aspirin, 75 mg aspirin, 81 mg aspirin, acetylsalicylic acid, blood thinner, antiplatelet',
    summary:
      'Low-dose aspirin (75 mg in the UK, 81 mg in the US) makes blood less likely to clot. It is mainly taken by people who have had a heart attack, stroke or stent, to stop it happening again.',
    sections: {
      'What it is for':
        'Preventing heart attacks and strokes in people with heart or circulation disease. Most healthy people should not start daily aspirin without medical advice, because the bleeding risk can outweigh the benefit.',
      'How to take it':
        'Usually once a day with or after food. In a suspected heart attack, chewing one 300 mg tablet while waiting for the ambulance can help, unless you are allergic.',
      'Side effects': 'Indigestion, bruising and bleeding more easily, and rarely bleeding from the stomach.',
      Cautions:
        'Do not give aspirin to children under 16 because of the risk of Reye’s syndrome. Take care with other blood thinners or anti-inflammatory painkillers, and tell a dentist or surgeon you take it.',
    },
    source: nhs('medicines/low-dose-aspirin/', 'Low-dose aspirin'),
  }),
  medicine({
    id: 'opioids',
    title: 'Opioid painkillers',
    keywords:
      'opioids, opiates, codeine, morphine, oxycodone, tramadol, fentanyl, co-codamol, dihydrocodeine, strong painkillers, naloxone, narcotic',
    summary:
      'Opioids such as codeine, tramadol, morphine and oxycodone are strong painkillers for severe or short-term pain. They work well but can cause drowsiness, constipation and dependence.',
    sections: {
      'What it is for':
        'Severe pain after injury or surgery, cancer pain and some short-term pain when other painkillers are not enough.',
      'Side effects':
        'Constipation, feeling sick, drowsiness, dizziness and confusion. Longer use can lead to tolerance (needing more) and dependence or addiction.',
      Cautions:
        'Do not drink alcohol or take other sedating medicines with them, and do not drive if you feel drowsy. Keep them locked away, never share them, and do not stop suddenly after long use without advice.',
      'When to get help':
        'Call 999 or 911 for signs of overdose: very slow or shallow breathing, pinpoint pupils, blue lips or being hard to wake. If available, give naloxone.',
    },
    source: medlineplus('painrelievers.html', 'Pain relievers'),
  }),
  medicine({
    id: 'statins',
    title: 'Statins',
    keywords:
      'statin, statins, atorvastatin, simvastatin, rosuvastatin, pravastatin, Lipitor, Crestor, cholesterol tablets, cholesterol medicine',
    summary:
      'Statins lower LDL ("bad") cholesterol and reduce the risk of heart attacks and strokes. Most people take them long term with few or no side effects.',
    sections: {
      'What it is for':
        'People with heart or circulation disease, and people at higher risk because of cholesterol, diabetes, age or other factors.',
      'How to take it':
        'One tablet a day, with or without food; simvastatin is taken in the evening. A blood test checks cholesterol and liver function after starting.',
      'Side effects':
        'Headache, indigestion, feeling sick and muscle aches. Serious muscle damage is rare: stop and get advice for unexplained muscle pain, tenderness or weakness, especially with dark urine.',
      Cautions:
        'Avoid grapefruit juice with simvastatin and atorvastatin, and tell the doctor about other medicines. Statins are not taken in pregnancy.',
    },
    source: nhs('conditions/statins/', 'Statins'),
  }),
  medicine({
    id: 'ace-inhibitors',
    title: 'ACE inhibitors (ramipril, lisinopril)',
    keywords:
      'ACE inhibitor, ACE inhibitors, ramipril, lisinopril, enalapril, perindopril, captopril, pril, blood pressure tablets, ARB, losartan, candesartan',
    summary:
      'ACE inhibitors, such as ramipril and lisinopril, relax blood vessels. They treat high blood pressure and heart failure and protect the kidneys in diabetes.',
    sections: {
      'What it is for':
        'High blood pressure, heart failure, after a heart attack, and kidney disease with protein in the urine.',
      'How to take it':
        'Usually once a day; the first dose may be taken at bedtime because it can cause dizziness. Blood tests check kidney function and potassium after starting and after dose changes.',
      'Side effects':
        'A dry, tickly cough is common; if it is troublesome a similar medicine (an ARB such as losartan) can be used. Dizziness, headache and raised potassium can also occur.',
      Cautions:
        'Not for use in pregnancy. If you are being sick, have diarrhoea or are dehydrated, ask whether to pause it (sick day rules). Avoid potassium supplements and NSAIDs unless advised.',
      'When to get help':
        'Call 999 or 911 if your lips, tongue or throat swell suddenly (angioedema), even after years of use.',
    },
    source: nhs('medicines/ramipril/', 'Ramipril'),
  }),
  medicine({
    id: 'amlodipine',
    title: 'Amlodipine (calcium channel blocker)',
    keywords:
      'amlodipine, Norvasc, calcium channel blocker, CCB, nifedipine, felodipine, blood pressure tablet',
    summary:
      'Amlodipine is a calcium channel blocker that widens blood vessels. It is widely used for high blood pressure and to prevent angina.',
    sections: {
      'How to take it':
        'Once a day at the same time, with or without food. It lowers blood pressure gradually over a few weeks.',
      'Side effects':
        'Swollen ankles, flushing, headache, dizziness and tiredness, which often ease after the first weeks. Tell your doctor if ankle swelling is troublesome.',
      Cautions:
        'Tell your doctor if you have heart failure, liver problems or are pregnant or breastfeeding.',
    },
    source: nhs('medicines/amlodipine/', 'Amlodipine'),
  }),
  medicine({
    id: 'beta-blockers',
    title: 'Beta blockers (bisoprolol, atenolol)',
    keywords: 'beta blocker, beta blockers, bisoprolol, atenolol, propranolol, metoprolol, carvedilol, olol',
    summary:
      'Beta blockers slow the heart and reduce its workload. They are used for angina, heart failure, after a heart attack, atrial fibrillation and sometimes anxiety or migraine.',
    sections: {
      'Side effects':
        'Tiredness, cold hands and feet, a slow heartbeat, dizziness, sleep problems and sometimes erectile problems.',
      Cautions:
        'They can make asthma worse, so tell your doctor if you have it. Do not stop suddenly, as this can make heart symptoms worse; the dose is reduced slowly.',
      'When to get help':
        'Get help if you feel faint, very breathless, or your pulse is much slower than usual.',
    },
    source: nhs('medicines/bisoprolol/', 'Bisoprolol'),
  }),
  medicine({
    id: 'warfarin',
    title: 'Warfarin',
    keywords: 'warfarin, Coumadin, anticoagulant, blood thinner, vitamin K antagonist, INR',
    summary:
      'Warfarin is an anticoagulant (blood thinner) that makes blood clot more slowly. It prevents and treats clots, for example in atrial fibrillation, after a DVT or with mechanical heart valves.',
    sections: {
      'How to take it':
        'Once a day at the same time, usually in the evening. The dose is adjusted using regular INR blood tests; keep your record book up to date.',
      'Side effects':
        'Bleeding is the main risk: nosebleeds, bleeding gums, heavy periods and bruising. Get urgent help for blood in urine or poo, black poo, coughing or vomiting blood, or a severe headache or head injury.',
      Cautions:
        'Many medicines, herbal remedies (such as St John’s wort), alcohol, cranberry and grapefruit juice can change its effect. Keep your intake of vitamin K foods, such as leafy greens, steady rather than avoiding them. Avoid aspirin and ibuprofen unless advised.',
    },
    source: nhs('medicines/warfarin/', 'Warfarin'),
  }),
  medicine({
    id: 'doacs',
    title: 'DOACs (apixaban, rivaroxaban, edoxaban, dabigatran)',
    keywords:
      'DOAC, DOACs, NOAC, direct oral anticoagulant, apixaban, Eliquis, rivaroxaban, Xarelto, edoxaban, dabigatran, Pradaxa, blood thinner, anticoagulant',
    summary:
      'DOACs are newer anticoagulants (blood thinners) used to prevent strokes in atrial fibrillation and to treat and prevent blood clots. Unlike warfarin, they do not need regular INR tests.',
    sections: {
      'How to take it':
        'Take it exactly as prescribed, once or twice a day depending on the medicine. Missed doses matter because protection wears off within a day; ask your pharmacist what to do if you forget one.',
      'Side effects':
        'Bleeding and bruising more easily; indigestion with some. Get urgent help for signs of serious bleeding or a head injury.',
      Cautions:
        'Kidney function is checked regularly. Avoid anti-inflammatory painkillers and some other medicines unless advised, and carry an anticoagulant alert card.',
    },
    source: medlineplus('bloodthinners.html', 'Blood thinners'),
  }),
];
