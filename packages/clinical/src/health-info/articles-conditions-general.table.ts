import { conditionArticle as condition, medlineplus, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Mental health, brain, skin and digestive conditions. */
export const GENERAL_CONDITION_ARTICLES: readonly HealthArticle[] = [
  condition({
    id: 'migraine',
    title: 'Migraine',
    keywords:
      'migraine, migraines, migraine with aura, aura, sick headache, throbbing headache, triptan, sumatriptan',
    summary:
      'Migraine is a common condition causing repeated, often severe, throbbing headaches, usually on one side of the head, sometimes with sickness and sensitivity to light or sound.',
    sections: {
      Symptoms:
        'A moderate or severe throbbing headache lasting hours to days, feeling or being sick, and finding light and noise hard to bear. Some people first get an aura, such as flashing lights or zigzag lines.',
      'Causes and risks':
        'Triggers vary and include stress, lack of sleep, missed meals, hormonal changes around periods, alcohol and some foods.',
      Treatment:
        'Painkillers such as ibuprofen or paracetamol taken early, triptans and anti-sickness medicine. Frequent migraines can be prevented with daily medicines. Using painkillers on more than a few days a week can cause medication overuse headache.',
      'When to get help':
        'Call 999 or 911 for a sudden, extremely severe headache, or a headache with weakness, slurred speech, confusion, a stiff neck and rash, or after a head injury.',
    },
    source: nhs('conditions/migraine/', 'Migraine'),
  }),
  condition({
    id: 'depression',
    title: 'Depression',
    keywords:
      'depression, depressed, low mood, feeling down, sadness, clinical depression, major depression, hopeless, postnatal depression, mental health',
    summary:
      'Depression is more than feeling sad for a few days: it is a low mood or loss of interest that lasts for weeks and affects daily life. It is common and treatable, and asking for help is a strong first step.',
    sections: {
      Symptoms:
        'Feeling low, hopeless or tearful most of the day, losing interest or pleasure in things, tiredness, sleeping or eating too much or too little, poor concentration, feeling worthless, and sometimes thoughts of self-harm.',
      Treatment:
        'Talking therapies such as cognitive behavioural therapy (CBT), antidepressants such as SSRIs, regular activity, sleep routines and support from others. Often a combination works best.',
      'When to get help':
        'Speak to a doctor if low mood lasts more than two weeks. If you are thinking of harming yourself or feel you cannot keep yourself safe, call 999 or 911, go to A&E or the emergency department, or call a crisis line (116 123 Samaritans in the UK, 988 in the US).',
    },
    source: medlineplus('depression.html', 'Depression'),
  }),
  condition({
    id: 'anxiety',
    title: 'Anxiety',
    keywords:
      'anxiety, anxious, worry, worrying, generalised anxiety disorder, generalized anxiety disorder, GAD, panic attack, panic disorder, nerves, stress, nervous',
    summary:
      'Anxiety is a feeling of worry or fear that everyone has at times. When it is hard to control, lasts for months and gets in the way of everyday life, it may be an anxiety disorder, which is treatable.',
    sections: {
      Symptoms:
        'Feeling restless or on edge, constant worrying, trouble concentrating or sleeping, and physical signs such as a racing heart, sweating, shaking, dizziness or breathlessness. Panic attacks bring sudden intense fear.',
      Treatment:
        'Self-help and guided self-help, talking therapies such as CBT, and medicines such as SSRIs. Regular exercise, less caffeine and alcohol and breathing exercises can help.',
      'When to get help':
        'See a doctor if anxiety affects your daily life. Chest pain with breathlessness should be checked urgently rather than assumed to be panic.',
    },
    source: medlineplus('anxiety.html', 'Anxiety'),
  }),
  condition({
    id: 'eczema',
    title: 'Eczema (atopic dermatitis)',
    keywords:
      'eczema, atopic eczema, atopic dermatitis, dermatitis, dry itchy skin, itchy rash, emollient, moisturiser, moisturizer',
    summary:
      'Atopic eczema makes the skin dry, itchy, cracked and sore. It is common in children, often improves with age, and is managed with moisturisers and, during flare-ups, steroid creams.',
    sections: {
      Symptoms:
        'Itchy, dry patches of skin, often in skin creases such as inside the elbows and behind the knees, that flare up from time to time. Scratching can make the skin weep or bleed.',
      Treatment:
        'Use emollients (moisturisers) generously every day and instead of soap, avoid triggers, and use topical steroids for flare-ups as advised.',
      'When to get help':
        'See a doctor if the skin is very sore, weeping, crusted or spreading, or if treatment is not working. Get urgent help for painful blisters with fever, which can mean a serious infection.',
    },
    source: nhs('conditions/atopic-eczema/', 'Atopic eczema'),
  }),
  condition({
    id: 'psoriasis',
    title: 'Psoriasis',
    keywords: 'psoriasis, scaly skin, plaques, flaky skin patches, scalp psoriasis, psoriatic arthritis',
    summary:
      'Psoriasis is a long-term skin condition that causes red or darker, flaky patches covered with silvery scales. It comes and goes, is not contagious, and can be well controlled.',
    sections: {
      Symptoms:
        'Raised patches of skin with scales, often on the elbows, knees, scalp and lower back, which can itch or feel sore. Nails may pit, and some people get joint pain (psoriatic arthritis).',
      Treatment:
        'Moisturisers, steroid and vitamin D creams, light therapy, and for more severe cases tablets or injections that calm the immune system.',
      'When to get help':
        'See a doctor if you think you have psoriasis, it is spreading, or your joints are painful or swollen.',
    },
    source: nhs('conditions/psoriasis/', 'Psoriasis'),
  }),
  condition({
    id: 'acid-reflux',
    title: 'Heartburn and acid reflux (GORD)',
    keywords:
      'GORD, GERD, acid reflux, heartburn, reflux, indigestion, gastro-oesophageal reflux disease, gastroesophageal reflux disease, dyspepsia, acid in throat, burning chest after eating',
    summary:
      'Acid reflux is when stomach acid comes back up towards the throat, causing a burning feeling in the chest (heartburn). Frequent reflux is called GORD (GERD in the US) and can usually be managed with lifestyle changes and medicines.',
    sections: {
      Symptoms:
        'A burning feeling in the middle of the chest, an unpleasant sour taste, coughing or hiccups, a hoarse voice and bloating, often worse after eating or lying down.',
      Treatment:
        'Eat smaller meals, avoid trigger foods, stop smoking, lose weight if needed and raise the head of the bed. Antacids help quickly; PPIs such as omeprazole reduce acid.',
      'When to get help':
        'See a doctor if you have heartburn most days for three weeks or more, difficulty swallowing, food coming back up, weight loss or vomiting. Chest pain that feels heavy or spreads to the arm needs emergency help.',
    },
    source: nhs('conditions/heartburn-and-acid-reflux/', 'Heartburn and acid reflux'),
  }),
  condition({
    id: 'irritable-bowel-syndrome',
    title: 'Irritable bowel syndrome (IBS)',
    keywords:
      'IBS, irritable bowel syndrome, irritable bowel, spastic colon, bloating, tummy cramps, stomach cramps, low FODMAP',
    summary:
      'IBS is a common long-term condition of the gut that causes tummy pain, bloating, and diarrhoea or constipation that come and go. It is not dangerous, and diet and lifestyle changes often help.',
    sections: {
      Symptoms:
        'Tummy pain or cramps that often ease after going to the toilet, bloating, wind, diarrhoea, constipation or both, and a feeling of not fully emptying the bowel.',
      Tests:
        'There is no single test. Doctors often check blood tests (including for coeliac disease) and a stool test to rule out other conditions.',
      Treatment:
        'Regular meals, adjusting fibre, fewer fatty or spicy foods, less caffeine and alcohol, managing stress and exercise. A dietitian may suggest a low FODMAP diet; medicines can ease cramps, diarrhoea or constipation.',
      'When to get help':
        'See a doctor promptly if you notice blood in your stool, unexplained weight loss, a change in bowel habit after age 50, or a lump in your tummy.',
    },
    source: nhs('conditions/irritable-bowel-syndrome-ibs/', 'Irritable bowel syndrome'),
  }),
  condition({
    id: 'coeliac-disease',
    title: 'Coeliac disease',
    keywords:
      'coeliac disease, celiac disease, coeliac, celiac, gluten, gluten intolerance, gluten free, wheat intolerance, tTG antibody',
    summary:
      'Coeliac disease is an autoimmune condition in which eating gluten (found in wheat, barley and rye) damages the lining of the small intestine. It is managed with a lifelong gluten-free diet.',
    sections: {
      Symptoms:
        'Diarrhoea, bloating, tummy pain, wind, tiredness, weight loss, anaemia, and in children slow growth. Some people have few symptoms.',
      Tests:
        'A blood test for coeliac antibodies, done while you are still eating gluten, followed by a biopsy of the small intestine in some people.',
      Treatment:
        'A strict gluten-free diet for life heals the gut and removes symptoms. A dietitian can help; regular checks look for anaemia and bone thinning.',
    },
    source: nhs('conditions/coeliac-disease/', 'Coeliac disease'),
  }),
];
