import { medicineArticle as medicine, medlineplus, nhs, who } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/**
 * Diabetes, thyroid, breathing, infection, allergy, stomach, mood and contraceptive medicines. Doses are
 * for general guidance; the label, the leaflet and the prescriber's instructions come first.
 */
export const GENERAL_MEDICINE_ARTICLES: readonly HealthArticle[] = [
  medicine({
    id: 'metformin',
    title: 'Metformin',
    keywords:
      'metformin, Glucophage, diabetes tablets, diabetes medicine, biguanide, metformin MR, sugar tablets',
    summary:
      'Metformin is usually the first medicine for type 2 diabetes. It lowers blood sugar mainly by reducing the sugar the liver releases, and it does not usually cause weight gain or low blood sugar on its own.',
    sections: {
      'How to take it':
        'Take it with or just after a meal to reduce stomach upset. The dose is usually started low and built up over a few weeks; slow-release (MR) tablets can be gentler on the stomach.',
      'Side effects':
        'Feeling sick, diarrhoea, tummy pain, loss of appetite and a metallic taste are common at first and usually settle. Long-term use can lower vitamin B12. A serious build-up of lactic acid is very rare.',
      Cautions:
        'If you are dehydrated from vomiting, diarrhoea or a fever, ask whether to pause it (sick day rules). Tell staff before an X-ray or scan with contrast dye. Limit alcohol, and kidney function is checked regularly.',
      'When to get help':
        'Get urgent help if you feel very unwell with vomiting, severe stomach pain, fast breathing, muscle cramps or unusual sleepiness.',
    },
    source: nhs('medicines/metformin/', 'Metformin'),
  }),
  medicine({
    id: 'insulin',
    title: 'Insulin',
    keywords:
      'insulin, insulin injection, insulin pen, insulin pump, basal insulin, bolus insulin, long acting insulin, rapid acting insulin, hypo, hypoglycaemia, hypoglycemia, low blood sugar',
    summary:
      'Insulin lowers blood sugar by helping the body use glucose. Everyone with type 1 diabetes needs it, and some people with type 2 diabetes do too.',
    sections: {
      'How to take it':
        'Injected under the skin with a pen, or given by a pump. Long-acting insulin covers the whole day and rapid-acting insulin covers meals. Change injection sites to avoid lumpy skin.',
      'Low blood sugar (hypo)':
        'Shaking, sweating, hunger, confusion or a level below 4 mmol/L (72 mg/dL) means a hypo. Take 15 to 20 g of fast-acting sugar (such as glucose tablets or a sugary drink), recheck after 15 minutes, then eat a snack.',
      Storage:
        'Keep unopened insulin in the fridge (never frozen). The pen in use can usually stay at room temperature for about four weeks; check the leaflet.',
      'When to get help':
        'Call 999 or 911 if someone with a hypo is unconscious, having a seizure or cannot swallow safely.',
    },
    source: medlineplus('diabetesmedicines.html', 'Diabetes medicines'),
  }),
  medicine({
    id: 'levothyroxine',
    title: 'Levothyroxine',
    keywords: 'levothyroxine, thyroxine, Synthroid, Eltroxin, thyroid tablets, thyroid hormone, T4 tablets',
    summary:
      'Levothyroxine replaces the thyroid hormone your body is not making in an underactive thyroid. Most people take it for life with few side effects once the dose is right.',
    sections: {
      'How to take it':
        'Once a day, ideally on an empty stomach with water, 30 to 60 minutes before breakfast or caffeine. Keep calcium, iron and indigestion remedies at least 4 hours apart from it.',
      'Side effects':
        'Side effects usually mean the dose is too high: palpitations, feeling hot, sweating, shakiness, anxiety, diarrhoea, poor sleep or weight loss. Blood tests guide the dose.',
      Cautions:
        'Tell your doctor if you are pregnant or planning a pregnancy, as the dose often needs to go up.',
    },
    source: nhs('medicines/levothyroxine/', 'Levothyroxine'),
  }),
  medicine({
    id: 'salbutamol-inhaler',
    title: 'Salbutamol inhaler (reliever, blue inhaler)',
    keywords:
      'salbutamol, albuterol, Ventolin, blue inhaler, reliever inhaler, rescue inhaler, puffer, inhaler, terbutaline',
    summary:
      'Salbutamol (albuterol in the US) is a reliever inhaler that quickly opens the airways during asthma or COPD symptoms. It works within minutes and lasts a few hours.',
    sections: {
      'How to take it':
        'Usually 1 or 2 puffs when needed; using a spacer helps more medicine reach the lungs. Ask a nurse or pharmacist to check your technique.',
      'Side effects': 'Shaky hands, a fast heartbeat, headache and muscle cramps, which pass quickly.',
      Cautions:
        'Needing it three or more times a week means your asthma is not well controlled: see your doctor or nurse about a preventer.',
      'When to get help':
        'Call 999 or 911 if you need it more than every 4 hours, it is not helping, or you are too breathless to speak.',
    },
    source: nhs('medicines/salbutamol-inhaler/', 'Salbutamol inhaler'),
  }),
  medicine({
    id: 'steroid-inhalers',
    title: 'Steroid inhalers (preventer inhalers)',
    keywords:
      'steroid inhaler, preventer inhaler, brown inhaler, corticosteroid inhaler, inhaled steroid, beclometasone, beclomethasone, budesonide, fluticasone, Clenil, Symbicort, Fostair, MART, inhaler',
    summary:
      'Steroid inhalers are preventers: used every day, they calm the inflammation in the airways and make asthma attacks less likely. They do not give quick relief.',
    sections: {
      'How to take it':
        'Use it every day, even when well, usually morning and evening. Some combination inhalers can also be used as reliever (MART), only if your clinician has set that up.',
      'Side effects':
        'A sore throat, hoarse voice or oral thrush. Rinse your mouth or brush your teeth after each use, and use a spacer if advised. At usual doses, the effect on the rest of the body is small.',
    },
    source: nhs('medicines/beclometasone-inhalers/', 'Beclometasone inhalers'),
  }),
  medicine({
    id: 'antibiotics',
    title: 'Antibiotics and antibiotic resistance',
    keywords:
      'antibiotic, antibiotics, amoxicillin, penicillin, doxycycline, clarithromycin, nitrofurantoin, antibiotic resistance, antimicrobial resistance, AMR, superbugs, penicillin allergy',
    summary:
      'Antibiotics treat infections caused by bacteria. They do not work for viruses such as colds, flu or most sore throats and coughs, and using them when not needed helps bacteria become resistant.',
    sections: {
      'How to take it':
        'Take them exactly as prescribed, at evenly spaced times, and do not save them or share them. Some must be taken on an empty stomach; check the label.',
      'Side effects':
        'Feeling sick, diarrhoea, and thrush are common. An allergic reaction can cause a rash, and rarely a severe reaction with swelling and difficulty breathing (call 999 or 911).',
      Resistance:
        'Antibiotic resistance is when bacteria change so that medicines no longer kill them, making infections harder to treat. Help prevent it by using antibiotics only when a clinician advises and returning leftovers to a pharmacy.',
      Cautions:
        'Tell the prescriber about allergies (especially to penicillin), pregnancy and other medicines. Some antibiotics interact with alcohol or with warfarin.',
    },
    source: who('antimicrobial-resistance', 'Antimicrobial resistance'),
  }),
  medicine({
    id: 'antihistamines',
    title: 'Antihistamines',
    keywords:
      'antihistamine, antihistamines, cetirizine, loratadine, fexofenadine, chlorphenamine, Piriton, Zyrtec, Claritin, Benadryl, diphenhydramine, promethazine, allergy tablets, hay fever tablets',
    summary:
      'Antihistamines relieve allergy symptoms such as sneezing, itching, hives and watery eyes. Newer ones rarely cause drowsiness; older ones often do.',
    sections: {
      'What it is for':
        'Hay fever, hives, insect bites and stings, itching and other mild allergic reactions. They are not enough on their own for anaphylaxis.',
      'Side effects':
        'Older types (such as chlorphenamine and diphenhydramine) cause drowsiness, dry mouth and blurred vision; non-drowsy types (cetirizine, loratadine, fexofenadine) occasionally cause sleepiness or headache.',
      Cautions:
        'Do not drive or drink alcohol if they make you drowsy. Ask a pharmacist before giving them to young children or if you are pregnant, breastfeeding or have glaucoma or prostate problems.',
    },
    source: nhs('conditions/antihistamines/', 'Antihistamines'),
  }),
  medicine({
    id: 'proton-pump-inhibitors',
    title: 'Omeprazole and other PPIs',
    keywords:
      'omeprazole, lansoprazole, esomeprazole, pantoprazole, PPI, PPIs, proton pump inhibitor, stomach acid tablets, Nexium, Prilosec, Losec, heartburn medicine',
    summary:
      'Proton pump inhibitors (PPIs) such as omeprazole reduce the acid your stomach makes. They treat heartburn, acid reflux and stomach ulcers and protect the stomach with some medicines.',
    sections: {
      'How to take it':
        'Usually once a day, 30 to 60 minutes before breakfast. Use the lowest dose that controls symptoms, and review long-term use with your doctor.',
      'Side effects':
        'Headache, diarrhoea, feeling sick, tummy pain and wind. Long-term use can lower magnesium and vitamin B12 and slightly raise the risk of bone fractures and gut infections.',
      'When to get help':
        'See a doctor if you have difficulty swallowing, weight loss, vomiting blood or black poo, or symptoms that come back as soon as you stop.',
    },
    source: nhs('medicines/omeprazole/', 'Omeprazole'),
  }),
  medicine({
    id: 'ssri-antidepressants',
    title: 'Sertraline and other SSRI antidepressants',
    keywords:
      'sertraline, SSRI, SSRIs, antidepressant, antidepressants, fluoxetine, Prozac, citalopram, escitalopram, paroxetine, Zoloft, Lustral, selective serotonin reuptake inhibitor',
    summary:
      'SSRIs such as sertraline, fluoxetine and citalopram are the most commonly prescribed antidepressants. They treat depression and anxiety and usually take 4 to 6 weeks to work fully.',
    sections: {
      'How to take it':
        'Once a day at the same time. Keep taking it even if you feel better; most people continue for at least 6 months after they recover. Do not stop suddenly: reduce slowly with your doctor to avoid withdrawal symptoms.',
      'Side effects':
        'Feeling sick, headache, sleep problems, dizziness, sweating and sexual problems are common early on and often ease. Bleeding is slightly more likely, especially with NSAIDs or blood thinners.',
      Cautions:
        'Avoid St John’s wort and check with a pharmacist before combining with other medicines that affect serotonin, such as tramadol or triptans.',
      'When to get help':
        'Contact a doctor straight away if you have thoughts of harming yourself, especially in the first weeks or if you are under 25. Get urgent help for agitation, shaking, high temperature and confusion (possible serotonin syndrome).',
    },
    source: nhs('medicines/sertraline/', 'Sertraline'),
  }),
  medicine({
    id: 'contraceptive-pill',
    title: 'The contraceptive pill',
    keywords:
      'contraceptive pill, the pill, birth control pill, oral contraceptive, combined pill, mini pill, progestogen only pill, POP, contraception, birth control, missed pill',
    summary:
      'The contraceptive pill is a daily tablet that prevents pregnancy. There are two main types, the combined pill and the progestogen-only pill; both are over 99% effective if taken perfectly, but about 91% with typical use.',
    sections: {
      'How to take it':
        'Take it at the same time each day. The combined pill may include a 7-day break or be taken continuously. Follow the leaflet’s missed pill rules, as protection can drop; vomiting within a few hours of a pill counts as missing it.',
      'Side effects':
        'Sickness, breast tenderness, headaches, mood changes and spotting, which often settle after a few months. The combined pill slightly raises the risk of blood clots.',
      Cautions:
        'The combined pill may not be suitable if you smoke and are 35 or over, have migraine with aura, high blood pressure or a history of clots. Some medicines, such as certain epilepsy drugs and St John’s wort, stop it working. It does not protect against sexually transmitted infections.',
      'When to get help':
        'Get urgent help for a painful swollen leg, chest pain, sudden breathlessness or coughing blood, or a sudden severe headache.',
    },
    source: nhs('contraception/methods-of-contraception/combined-pill/', 'Combined pill'),
  }),
];
