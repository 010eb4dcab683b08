import { conditionArticle as condition, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Breathing conditions, allergies and common infections. */
export const RESPIRATORY_CONDITION_ARTICLES: readonly HealthArticle[] = [
  condition({
    id: 'asthma',
    title: 'Asthma',
    keywords:
      'asthma, asthmatic, wheeze, wheezing, tight chest, asthma attack, reliever, preventer, inhaler, airways, bronchospasm',
    summary:
      'Asthma is a common long-term condition in which the airways become inflamed and narrow, causing wheeze, cough and breathlessness. With the right inhalers most people live normally.',
    sections: {
      Symptoms:
        'Wheezing, breathlessness, a tight chest and coughing, often worse at night, with exercise, colds, allergies, cold air or smoke.',
      Tests:
        'Breathing tests such as spirometry, peak flow readings over time and a FeNO test (which measures inflammation in your breath).',
      Treatment:
        'A reliever inhaler (such as salbutamol) opens the airways quickly, and a preventer inhaler containing a steroid, used every day, reduces inflammation. A written asthma action plan helps you know what to do.',
      'When to get help':
        'Call 999 or 911 if your reliever does not help, you are too breathless to speak, eat or sleep, your lips look blue, or you feel drowsy or confused.',
    },
    source: nhs('conditions/asthma/', 'Asthma'),
  }),
  condition({
    id: 'copd',
    title: 'COPD (chronic obstructive pulmonary disease)',
    keywords:
      "COPD, chronic obstructive pulmonary disease, emphysema, chronic bronchitis, smoker's cough, smokers lung, breathlessness, lung disease",
    summary:
      'COPD is a long-term lung condition, mainly caused by smoking, in which the airways are narrowed and damaged, making it harder to breathe. Treatment cannot undo the damage but helps people breathe and feel better.',
    sections: {
      Symptoms:
        'Breathlessness on activity, a long-lasting cough with phlegm, frequent chest infections and wheezing, usually starting after age 40.',
      Tests: 'Spirometry confirms it; a chest X-ray and blood tests rule out other causes.',
      Treatment:
        'Stopping smoking is the single most important step. Inhalers, pulmonary rehabilitation (exercise and breathing training), flu and pneumococcal vaccines and a plan for flare-ups all help.',
      'When to get help':
        'Get urgent help if you are much more breathless than usual, have chest pain, a high temperature, or feel confused or drowsy.',
    },
    source: nhs('conditions/chronic-obstructive-pulmonary-disease-copd/', 'COPD'),
  }),
  condition({
    id: 'flu',
    title: 'Flu (influenza)',
    keywords: 'flu, influenza, the flu, grippe, flu symptoms, seasonal flu, bird flu, avian flu, swine flu',
    summary:
      'Flu is a viral infection of the nose, throat and lungs that comes on quickly and usually gets better by itself within a week. It can be serious for older people, pregnant women and people with long-term conditions.',
    sections: {
      Symptoms:
        'A sudden high temperature, aching body, exhaustion, dry cough, sore throat, headache and sometimes diarrhoea or sickness. It tends to make you feel too unwell to carry on as normal, unlike a cold.',
      Treatment:
        'Rest, keep warm, drink plenty of fluids and take paracetamol or ibuprofen for fever and aches. Antibiotics do not work on flu; antiviral medicines are sometimes given to people at high risk.',
      Prevention:
        'A yearly flu vaccine is the best protection. Washing hands, catching coughs and sneezes in a tissue and staying home while unwell help stop it spreading.',
      'When to get help':
        'Get medical advice if you are at higher risk, symptoms last more than a week or get worse, or you have breathing difficulty or chest pain.',
    },
    source: nhs('conditions/flu/', 'Flu'),
  }),
  condition({
    id: 'covid-19',
    title: 'COVID-19',
    keywords:
      'COVID-19, COVID, covid 19, coronavirus, corona, SARS-CoV-2, long covid, lateral flow, covid symptoms, covid test',
    summary:
      'COVID-19 is an infection caused by a coronavirus that mainly affects the airways. Most people recover at home within a few days to weeks, but it can be serious for older people and those with weakened immune systems.',
    sections: {
      Symptoms:
        'A high temperature, a new cough, loss or change of smell or taste, tiredness, aches, sore throat, a blocked or runny nose and headache.',
      Treatment:
        'Rest, fluids and paracetamol or ibuprofen help most people. People at the highest risk may be offered antiviral treatment, which works best when started within a few days of symptoms.',
      Prevention:
        'Vaccination is offered to people most at risk. Staying home when unwell, fresh air indoors and washing hands reduce spread.',
      'When to get help':
        'Get urgent help if you are very short of breath, have chest pain, feel confused, or your lips or skin look blue or grey. Long COVID is when symptoms last 12 weeks or more.',
    },
    source: nhs('conditions/covid-19/', 'COVID-19'),
  }),
  condition({
    id: 'common-cold',
    title: 'Common cold',
    keywords:
      'common cold, cold, head cold, runny nose, blocked nose, stuffy nose, sneezing, snotty nose, coryza, chesty cold',
    summary:
      'A cold is a mild viral infection of the nose and throat. It usually clears up by itself in about a week (up to two in children) and antibiotics do not help.',
    sections: {
      Symptoms:
        'A blocked or runny nose, sneezing, sore throat, cough, mild tiredness and sometimes a slight temperature, coming on gradually.',
      Treatment:
        'Rest, drink plenty of fluids and use paracetamol or ibuprofen if needed. Decongestants or a pharmacist can help with blocked noses; antibiotics do not work against cold viruses.',
      'When to get help':
        'See a doctor if symptoms last more than 3 weeks, get suddenly worse, you have a very high temperature, breathing difficulty or chest pain, or you have a long-term condition.',
    },
    source: nhs('conditions/common-cold/', 'Common cold'),
  }),
  condition({
    id: 'pneumonia',
    title: 'Pneumonia',
    keywords:
      'pneumonia, chest infection, lung infection, pneumonitis, bronchopneumonia, infection in the lungs',
    summary:
      'Pneumonia is an infection that inflames the small air sacs in the lungs. It can be mild or serious and is often treated with antibiotics.',
    sections: {
      Symptoms:
        'A cough with phlegm, high temperature, breathing fast or feeling short of breath, chest pain when breathing or coughing, and feeling very unwell. Older people may become confused.',
      Tests: 'A doctor listens to your chest; a chest X-ray, oxygen level and blood tests may be needed.',
      Treatment:
        'Antibiotics for bacterial pneumonia, rest, fluids and painkillers. Some people need treatment in hospital.',
      'When to get help':
        'Call 999 or 911 if you are struggling to breathe, have blue lips, are coughing up blood or are confused or very drowsy.',
    },
    source: nhs('conditions/pneumonia/', 'Pneumonia'),
  }),
  condition({
    id: 'sleep-apnoea',
    title: 'Obstructive sleep apnoea',
    keywords:
      'sleep apnoea, sleep apnea, obstructive sleep apnoea, obstructive sleep apnea, OSA, snoring, stop breathing in sleep, CPAP, daytime sleepiness',
    summary:
      'Obstructive sleep apnoea is when the throat repeatedly relaxes and blocks the airway during sleep, so breathing stops and starts. It causes loud snoring and daytime sleepiness and is treatable.',
    sections: {
      Symptoms:
        'Loud snoring, pauses in breathing or gasping noticed by a partner, waking often, morning headaches and feeling very sleepy or irritable during the day.',
      Tests:
        'A sleep study, often done at home with a small monitor, records breathing and oxygen levels overnight.',
      Treatment:
        'Losing weight, cutting down on alcohol and not sleeping on your back help. A CPAP machine, which blows air through a mask at night, is the main treatment for moderate or severe cases.',
      'When to get help':
        'See a doctor if a partner notices pauses in your breathing or you feel sleepy during the day. Do not drive if you are excessively sleepy.',
    },
    source: nhs('conditions/sleep-apnoea/', 'Sleep apnoea'),
  }),
  condition({
    id: 'allergies',
    title: 'Allergies',
    keywords:
      'allergy, allergies, allergic reaction, food allergy, peanut allergy, anaphylaxis, EpiPen, adrenaline, epinephrine, hives, urticaria, allergic',
    summary:
      'An allergy is when the immune system reacts to something that is usually harmless, such as pollen, food, animal fur or a medicine. Most reactions are mild, but anaphylaxis is a life-threatening emergency.',
    sections: {
      Symptoms:
        'Sneezing, itchy eyes, a runny nose, an itchy raised rash (hives), swelling of the lips or eyes, wheeze, stomach cramps or vomiting.',
      Tests:
        'Skin prick tests or blood tests, done by a specialist, can help confirm what you are allergic to.',
      Treatment:
        'Avoiding the trigger where possible, antihistamines for mild symptoms, steroid nasal sprays for hay fever and adrenaline auto-injectors for people at risk of anaphylaxis.',
      'When to get help':
        'Call 999 or 911 and use an adrenaline auto-injector if you have one for signs of anaphylaxis: swelling of the throat or tongue, trouble breathing or swallowing, wheeze, feeling faint or collapsing.',
    },
    source: nhs('conditions/allergies/', 'Allergies'),
  }),
  condition({
    id: 'hay-fever',
    title: 'Hay fever',
    keywords:
      'hay fever, hayfever, pollen allergy, allergic rhinitis, seasonal allergies, sneezing, itchy eyes, runny nose in summer',
    summary:
      'Hay fever is an allergy to pollen that causes sneezing, a runny or blocked nose and itchy eyes, usually in spring and summer. There is no cure, but it is easy to manage.',
    sections: {
      Symptoms:
        'Sneezing, a runny or blocked nose, itchy red watery eyes, an itchy throat or ears and headache.',
      Treatment:
        'Antihistamine tablets, steroid nasal sprays and eye drops from a pharmacy help most people. Keeping windows closed, showering after being outdoors and wraparound sunglasses reduce exposure.',
      'When to get help':
        'See a doctor if medicines from a pharmacy do not help or if you also have wheeze or asthma.',
    },
    source: nhs('conditions/hay-fever/', 'Hay fever'),
  }),
  condition({
    id: 'urinary-tract-infection',
    title: 'Urinary tract infection (UTI)',
    keywords:
      'UTI, urinary tract infection, urine infection, bladder infection, cystitis, kidney infection, burning when peeing, painful urination, pyelonephritis',
    summary:
      'A urinary tract infection is an infection of the bladder, urethra or kidneys, usually caused by bacteria. It is common, especially in women, and mild cases may clear up on their own; others need antibiotics.',
    sections: {
      Symptoms:
        'Pain or burning when passing urine, needing to go often or urgently, cloudy or smelly urine, blood in the urine and pain low in the tummy. Older people may become confused.',
      Tests:
        'A urine dipstick test, and sometimes a urine sample sent to a lab, shows infection and which antibiotic will work.',
      Treatment:
        'Drink plenty of fluids and take paracetamol. A pharmacist or doctor may recommend antibiotics, which are usually needed for men, pregnant women and children.',
      'When to get help':
        'Get help urgently for a high temperature, shivering, pain in your back or side, feeling sick or confused: the infection may have reached the kidneys.',
    },
    source: nhs('conditions/urinary-tract-infections-utis/', 'Urinary tract infections'),
  }),
];
