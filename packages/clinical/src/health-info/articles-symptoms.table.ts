import { medlineplus, nhs, symptomArticle as symptom } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Common symptoms: the usual causes, self-care and the warning signs that need help. */
export const SYMPTOM_ARTICLES: readonly HealthArticle[] = [
  symptom({
    id: 'headache',
    title: 'Headaches',
    keywords:
      'headache, headaches, head pain, head hurts, sore head, tension headache, thunderclap headache, cluster headache, pounding head',
    summary:
      'Most headaches are not serious and are caused by tension, colds, dehydration, too little sleep, alcohol or skipped meals. A few warning signs mean you should get help quickly.',
    sections: {
      'Common causes':
        'Tension headaches, migraine, colds and flu, dehydration, hunger, poor sleep, stress, screen time or posture, alcohol, and taking painkillers too often (medication overuse headache).',
      'Self-care':
        'Drink water, rest, eat regularly and take paracetamol or ibuprofen if needed. Limit painkillers to a few days a week.',
      'When to get help':
        'Call 999 or 911 for a sudden, extremely severe headache ("the worst ever"), or a headache with a stiff neck, fever or rash, weakness or numbness, slurred speech, confusion, fits, or after a head injury. See a doctor soon for headaches that keep coming back, get worse, or start after age 50 with jaw pain or scalp tenderness.',
    },
    source: nhs('conditions/headaches/', 'Headaches'),
  }),
  symptom({
    id: 'fever',
    title: 'Fever (high temperature)',
    keywords:
      'fever, high temperature, temperature, pyrexia, feverish, hot and shivery, chills, febrile, fever in children, baby fever, child has a temperature',
    summary:
      'A fever is a temperature of 38°C (100.4°F) or higher. It is usually the body fighting an infection such as a cold or flu and gets better in a few days, but some signs mean it is dangerous.',
    sections: {
      'Self-care':
        'Drink plenty of fluids, rest, and take paracetamol or ibuprofen if you feel unwell. Do not over-wrap children, and do not sponge them with cold water.',
      'When to get help':
        'Get urgent help for a baby under 3 months with 38°C or more, or 3 to 6 months with 39°C or more; for anyone with a rash that does not fade under a glass, a stiff neck, confusion, a fit, difficulty breathing, cold or blotchy skin, or who is very drowsy. Also seek advice if a fever lasts more than 3 days (5 in children) or you have a weakened immune system, for example during chemotherapy.',
      'Common causes':
        'Viral infections such as colds, flu and COVID-19, as well as ear, chest, throat and urine infections.',
    },
    source: nhs('conditions/fever-in-adults/', 'Fever in adults'),
  }),
  symptom({
    id: 'chest-pain',
    title: 'Chest pain',
    keywords:
      'chest pain, chest ache, pain in chest, chest tightness, tight chest, chest pressure, heart pain, pain in my chest',
    summary:
      'Chest pain has many causes, from strained muscles and heartburn to a heart attack. Call 999 or 911 if it is sudden, heavy or spreading, or comes with breathlessness, sweating or sickness.',
    sections: {
      'When to get help':
        'Call an ambulance for chest pain that feels heavy, tight or pressing, spreads to the arms, jaw, neck or back, lasts more than a few minutes, or comes with breathlessness, sweating, feeling sick or faint. Do not drive yourself.',
      'Common causes':
        'Heart causes (angina, heart attack), blood clots in the lungs, chest infections, heartburn and reflux, strained muscles or ribs, anxiety and panic attacks, and shingles.',
      Tests:
        'Doctors usually start with an ECG and troponin blood tests, and may arrange a chest X-ray, a CT coronary angiogram, a stress test or an echocardiogram.',
    },
    source: nhs('conditions/chest-pain/', 'Chest pain'),
  }),
  symptom({
    id: 'cough',
    title: 'Cough',
    keywords:
      'cough, coughing, chesty cough, dry cough, tickly cough, persistent cough, cough that wont go away, phlegm, mucus, coughing up blood',
    summary:
      'Most coughs are caused by colds or flu and clear up within three weeks without treatment. A cough lasting longer, or with certain warning signs, should be checked.',
    sections: {
      'Self-care':
        'Rest, drink plenty of fluids and try hot lemon and honey (not for babies under 1). Cough medicines have little evidence of benefit. Antibiotics will not help a viral cough.',
      'When to get help':
        'See a doctor if a cough lasts more than three weeks, you cough up blood, lose weight, have chest pain, or a hoarse voice lasts more than three weeks. Get urgent help for severe breathlessness.',
      'Common causes':
        'Colds, flu and COVID-19, chest infections, asthma, smoking, acid reflux, some blood pressure medicines (ACE inhibitors) and, less often, lung cancer.',
    },
    source: nhs('conditions/cough/', 'Cough'),
  }),
  symptom({
    id: 'sore-throat',
    title: 'Sore throat',
    keywords:
      'sore throat, throat pain, scratchy throat, painful swallowing, pharyngitis, tonsillitis, strep throat, swollen tonsils',
    summary:
      'A sore throat is usually caused by a virus and gets better within about a week. Pain relief and fluids help, and antibiotics are rarely needed.',
    sections: {
      'Self-care':
        'Drink plenty of cool or warm fluids, gargle with warm salty water (adults), suck lozenges or ice, and take paracetamol or ibuprofen. A pharmacist can advise on sprays.',
      'When to get help':
        'See a doctor if it lasts more than a week, keeps coming back, or you have a high temperature and feel very unwell, or a weakened immune system. Call 999 or 911 if you have difficulty breathing, cannot swallow your saliva, or are drooling.',
    },
    source: nhs('conditions/sore-throat/', 'Sore throat'),
  }),
  symptom({
    id: 'back-pain',
    title: 'Back pain',
    keywords:
      'back pain, lower back pain, backache, bad back, sore back, lumbago, sciatica, slipped disc, back spasm',
    summary:
      'Back pain is very common and usually improves within a few weeks. Keeping active helps it recover faster than bed rest.',
    sections: {
      'Self-care':
        'Keep moving and continue normal activities as much as you can, try gentle exercise and stretches, use heat packs and take anti-inflammatory painkillers if suitable.',
      'When to get help':
        'Get emergency help for numbness around the bottom or genitals, new problems controlling your bladder or bowels, or weakness in both legs. See a doctor urgently for back pain with fever, after a fall or injury, with unexplained weight loss, or if you have had cancer.',
      'Common causes':
        'Strained muscles or ligaments, poor posture, lifting awkwardly, and sciatica from an irritated nerve, which can cause pain down a leg.',
    },
    source: nhs('conditions/back-pain/', 'Back pain'),
  }),
  symptom({
    id: 'dizziness',
    title: 'Dizziness',
    keywords:
      'dizziness, dizzy, vertigo, light headed, lightheaded, room spinning, feeling faint, unsteady, off balance, giddy, fainting',
    summary:
      'Dizziness is common and usually not serious. It can feel like spinning (vertigo), light-headedness or being off balance, and often settles on its own.',
    sections: {
      'Common causes':
        'Inner ear problems (such as BPPV or labyrinthitis), standing up quickly, dehydration, low blood sugar, some medicines (especially blood pressure tablets), anxiety and migraine.',
      'Self-care':
        'Lie down until it passes, then get up slowly, drink water, avoid bright lights and caffeine, and do not drive until it settles.',
      'When to get help':
        'Call 999 or 911 if dizziness comes with face drooping, arm weakness, slurred speech, double vision, a severe headache, chest pain or an irregular heartbeat, or if you faint. See a doctor if it keeps coming back.',
    },
    source: nhs('conditions/dizziness/', 'Dizziness'),
  }),
  symptom({
    id: 'stomach-ache',
    title: 'Stomach ache (tummy pain)',
    keywords:
      'stomach ache, stomach pain, tummy ache, tummy pain, belly pain, abdominal pain, abdomen pain, cramps, bellyache, appendicitis, pain in my stomach',
    summary:
      'Stomach ache is usually caused by something minor such as indigestion, trapped wind, constipation or a stomach bug, and gets better in a few days.',
    sections: {
      'Common causes':
        'Indigestion, wind, constipation, gastroenteritis, period pain, IBS and urine infections; less often appendicitis, gallstones or ulcers.',
      'Self-care':
        'Rest, sip water, use a hot water bottle, and eat small, plain meals. Paracetamol is gentler on the stomach than ibuprofen or aspirin.',
      'When to get help':
        'Get urgent help for sudden or severe pain, pain that moves to the lower right side, a hard or very tender tummy, vomiting blood or material like coffee grounds, black or bloody poo, pain in pregnancy, or if you cannot pass urine or wind.',
    },
    source: nhs('conditions/stomach-ache/', 'Stomach ache'),
  }),
  symptom({
    id: 'diarrhoea-and-vomiting',
    title: 'Diarrhoea and vomiting',
    keywords:
      'diarrhoea, diarrhea, vomiting, being sick, throwing up, stomach bug, gastroenteritis, gastro, norovirus, food poisoning, the runs, dehydration, rehydration salts',
    summary:
      'Diarrhoea and vomiting are usually caused by a stomach bug and get better in a few days. The main risk is dehydration, so keep drinking.',
    sections: {
      'Self-care':
        'Drink small sips of water often, and use oral rehydration sachets if you are at risk of dehydration. Eat when you feel able. Stay off work or school until 48 hours after the last episode and wash your hands well.',
      'When to get help':
        'Get urgent advice for signs of dehydration (very little urine, dizziness, a dry mouth), blood in vomit or poo, severe tummy pain, vomiting that will not stop, diarrhoea lasting more than 7 days or vomiting for more than 2 days. Babies and frail older people can become dehydrated quickly.',
    },
    source: nhs('conditions/diarrhoea-and-vomiting/', 'Diarrhoea and vomiting'),
  }),
  symptom({
    id: 'shortness-of-breath',
    title: 'Shortness of breath',
    keywords:
      'shortness of breath, short of breath, breathless, breathlessness, dyspnoea, dyspnea, difficulty breathing, cant breathe, struggling to breathe, out of breath',
    summary:
      'Feeling short of breath after exercise is normal. Breathlessness that comes on suddenly, or that is new, worsening or present at rest, should be checked by a doctor.',
    sections: {
      'When to get help':
        'Call 999 or 911 if you are suddenly very short of breath, have chest pain, blue or grey lips or skin, cannot speak in full sentences, or feel confused or drowsy. See a doctor soon for breathlessness that has built up over weeks.',
      'Common causes':
        'Chest infections, asthma and COPD flare-ups, anxiety and panic, being unfit or overweight, heart failure, anaemia, blood clots in the lungs and COVID-19.',
      Tests:
        'Depending on the cause: oxygen level, a chest X-ray, blood tests (including a full blood count), an ECG, spirometry or an echocardiogram.',
    },
    source: nhs('conditions/shortness-of-breath/', 'Shortness of breath'),
  }),
  symptom({
    id: 'tiredness',
    title: 'Tiredness and fatigue',
    keywords:
      'tiredness, tired all the time, fatigue, exhausted, exhaustion, no energy, low energy, lethargy, lethargic, always tired, TATT, weary',
    summary:
      'Feeling tired all the time is common and is usually linked to sleep, stress, work or lifestyle. Sometimes it is caused by a medical condition that a doctor can test for.',
    sections: {
      'Common causes':
        'Poor or too little sleep, stress, depression or anxiety, too much caffeine or alcohol, long-term illness, and conditions such as anaemia, an underactive thyroid, diabetes and sleep apnoea.',
      'Self-care':
        'Keep regular sleep hours, move a little every day, eat regular balanced meals, cut down on caffeine and alcohol, and make time to relax.',
      Tests:
        'If tiredness lasts weeks, a doctor may check a full blood count, thyroid function, HbA1c, kidney and liver tests and iron levels.',
      'When to get help':
        'See a doctor if tiredness lasts more than a few weeks, or comes with weight loss, heavy periods, low mood, or changes in thirst or urination.',
    },
    source: nhs('conditions/tiredness-and-fatigue/', 'Tiredness and fatigue'),
  }),
  symptom({
    id: 'rash',
    title: 'Rashes',
    keywords:
      'rash, rashes, skin rash, spots, red skin, itchy skin, hives, blotches, non blanching rash, glass test',
    summary:
      'Most rashes are harmless and caused by viruses, allergies, eczema or irritation, and fade within days. A rash that does not fade when a glass is pressed on it, with fever, is an emergency.',
    sections: {
      'Common causes':
        'Viral infections (especially in children), eczema, hives from allergies, heat rash, contact with irritants such as soaps or plants, insect bites, and some medicines.',
      'Self-care':
        'Keep the skin cool, avoid scratching and irritants, use a moisturiser, and try an antihistamine for itching.',
      'When to get help':
        'Call 999 or 911 for a rash that does not fade under a pressed glass, especially with a fever, or for swelling of the lips, tongue or throat or difficulty breathing. Get urgent advice for painful blistering or peeling skin, or a rash after starting a new medicine.',
    },
    source: medlineplus('rashes.html', 'Rashes'),
  }),
];
