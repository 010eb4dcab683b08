import { medlineplus, nhs, preventionArticle as prevention, who } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Everyday habits, screening and safety that prevent illness. */
export const LIFESTYLE_PREVENTION_ARTICLES: readonly HealthArticle[] = [
  prevention({
    id: 'quit-smoking',
    title: 'Quitting smoking',
    keywords:
      'quit smoking, stop smoking, quitting smoking, giving up smoking, smoking cessation, cigarettes, tobacco, nicotine, nicotine replacement, NRT, patches, gum, vaping, e-cigarettes, varenicline',
    summary:
      'Stopping smoking is the single best thing you can do for your health, at any age. You are about three times more likely to succeed with support and stop-smoking medicines than on willpower alone.',
    sections: {
      'Why it matters':
        'Smoking causes lung cancer, COPD, heart attacks, strokes and many other cancers. Within weeks of stopping, breathing and circulation improve, and after a year the extra risk of heart disease is about halved.',
      'What helps':
        'Free stop-smoking services, nicotine replacement (patches with gum, lozenges or sprays), prescription medicines such as varenicline, and in the UK vaping, which is much less harmful than smoking though not risk-free.',
      'Getting started':
        'Set a quit date, tell people, remove cigarettes, plan for cravings (they pass in a few minutes) and avoid triggers such as alcohol at first. If you slip, try again: most people need several attempts.',
    },
    source: who('tobacco', 'Tobacco'),
  }),
  prevention({
    id: 'alcohol-limits',
    title: 'Alcohol: low-risk drinking',
    keywords:
      'alcohol, drinking, alcohol limits, units of alcohol, units, how much alcohol, safe drinking, binge drinking, beer, wine, spirits, hangover, cutting down drinking',
    summary:
      'There is no completely safe level of alcohol. To keep the risk low, UK guidance is no more than 14 units a week, spread over three or more days, with some drink-free days.',
    sections: {
      'How much is low risk':
        'In the UK, up to 14 units a week for men and women (a pint of ordinary beer is about 2 units, a 175 ml glass of wine about 2). US guidance is up to 2 drinks a day for men and 1 for women. No alcohol is safest in pregnancy.',
      'Why it matters':
        'Drinking raises the risk of several cancers, liver disease, high blood pressure, stroke, injuries and depression.',
      'Cutting down':
        'Have drink-free days, choose smaller or lower-strength drinks, alternate with water and avoid drinking on an empty stomach. If you drink heavily every day, get medical advice before stopping suddenly, as withdrawal can be dangerous.',
    },
    source: nhs('live-well/alcohol-advice/calculating-alcohol-units/', 'Calculating alcohol units'),
  }),
  prevention({
    id: 'healthy-diet',
    title: 'Healthy eating',
    keywords:
      'healthy diet, healthy eating, balanced diet, nutrition, eat well, fruit and vegetables, 5 a day, five a day, salt, sugar, saturated fat, fibre, fiber, wholegrain, whole grain, vegetarian, Mediterranean diet',
    summary:
      'A healthy diet is mostly fruit, vegetables, wholegrains, beans, nuts and lean protein, with less salt, sugar and saturated fat. It lowers the risk of heart disease, stroke, type 2 diabetes and some cancers.',
    sections: {
      'What to do':
        'Eat at least five portions of fruit and vegetables a day, base meals on wholegrain starchy foods, include beans, pulses, fish (oily fish once a week), eggs or lean meat, choose unsaturated oils and drink plenty of water.',
      'What to cut down':
        'Adults should have no more than 6 g of salt (about a teaspoon) a day and limit sugary drinks, sweets, processed meat and foods high in saturated fat.',
    },
    source: who('healthy-diet', 'Healthy diet'),
  }),
  prevention({
    id: 'physical-activity',
    title: 'Physical activity and exercise',
    keywords:
      'physical activity, exercise, fitness, keeping active, how much exercise, walking, running, strength training, steps, sedentary, sitting too much, workout, how much exercise, exercise guidelines, exercising, being active',
    summary:
      'Adults should aim for at least 150 minutes of moderate activity (or 75 minutes of vigorous activity) a week, plus muscle-strengthening activities on two days. Any activity is better than none.',
    sections: {
      'Why it matters':
        'Regular activity lowers the risk of heart disease, stroke, type 2 diabetes, some cancers, depression and dementia, and helps sleep, weight and bones.',
      'What to do':
        'Moderate activity makes you breathe faster but still able to talk, such as brisk walking or cycling. Add strength exercises such as carrying shopping, yoga or weights, and break up long periods of sitting.',
      'Getting started':
        'Start slowly and build up. If you have a heart condition, chest pain on exertion or other health concerns, check with a doctor first.',
    },
    source: who('physical-activity', 'Physical activity'),
  }),
  prevention({
    id: 'healthy-sleep',
    title: 'Sleep',
    keywords:
      'sleep, healthy sleep, insomnia, cant sleep, trouble sleeping, how much sleep, sleep hygiene, tired, sleepless, waking at night',
    summary:
      'Most adults need 7 to 9 hours of sleep a night. Good sleep helps mood, concentration, the immune system and long-term health.',
    sections: {
      'What to do':
        'Keep regular sleep and wake times, get daylight in the morning, keep the bedroom dark, cool and quiet, and wind down before bed without screens. Avoid caffeine after midday and large meals or alcohol late at night.',
      'When to get help':
        'See a doctor if poor sleep lasts for months and affects your day, if you snore loudly and stop breathing at night, or if you feel very sleepy while driving. Talking therapy for insomnia (CBT-I) works better than sleeping pills in the long run.',
    },
    source: medlineplus('healthysleep.html', 'Healthy sleep'),
  }),
  prevention({
    id: 'sun-protection',
    title: 'Sun protection',
    keywords:
      'sun protection, sunscreen, sun cream, suncream, sunblock, SPF, sunburn, sun safety, UV, ultraviolet, sunbeds, tanning, heatstroke',
    summary:
      'Protecting your skin from the sun lowers the risk of skin cancer and sunburn. Seek shade, cover up and use sunscreen of at least SPF 30.',
    sections: {
      'What to do':
        'Spend time in the shade between 11am and 3pm in summer, wear a hat, sunglasses and clothes that cover your skin, and use sunscreen with SPF 30 or more and good UVA protection. Apply it generously and reapply every 2 hours and after swimming.',
      'Who is most at risk':
        'Babies and children, people with fair skin, many moles or a history of sunburn, and people who work outdoors. Keep babies under 6 months out of direct sun.',
      'Why it matters':
        'Sunburn, even once every two years, can triple the risk of melanoma. Avoid sunbeds altogether.',
    },
    source: nhs('live-well/seasonal-health/sunscreen-and-sun-safety/', 'Sunscreen and sun safety'),
  }),
  prevention({
    id: 'hand-washing',
    title: 'Hand washing',
    keywords:
      'hand washing, handwashing, wash hands, washing your hands, hand hygiene, hand sanitiser, hand sanitizer, germs, stop infections spreading, soap',
    summary:
      'Washing your hands with soap and water is one of the simplest ways to stop germs spreading and to prevent colds, flu, COVID-19 and stomach bugs.',
    sections: {
      'What to do':
        'Wet your hands, apply soap and rub all surfaces, including between the fingers, the backs of the hands and under the nails, for at least 20 seconds, then rinse and dry well.',
      'When to do it':
        'After using the toilet or changing nappies, before eating or preparing food, after handling raw meat, after coughing or sneezing, and after being with someone who is ill.',
      'Hand sanitiser':
        'If soap and water are not available, use an alcohol-based sanitiser with at least 60% alcohol. It does not work well on dirty hands or against some stomach bugs such as norovirus.',
    },
    source: nhs('live-well/best-way-to-wash-your-hands/', 'How to wash your hands'),
  }),
  prevention({
    id: 'screening-programmes',
    title: 'Health screening programmes',
    keywords:
      'screening, screening programmes, screening programs, health check, NHS health check, checkup, check-up, cancer screening, AAA screening, abdominal aortic aneurysm, diabetic eye screening, what screening should I have, screening tests, which screening tests',
    summary:
      'Screening checks healthy people for early signs of disease, so problems can be treated sooner. Take up invitations, but remember screening is not for people with symptoms: see a doctor instead.',
    sections: {
      'What is offered':
        'In England: cervical screening (25 to 64), breast screening (50 to 71), bowel screening (50 to 74), abdominal aortic aneurysm screening for men at 65, diabetic eye screening, lung health checks for people who have smoked, and the NHS Health Check at 40 to 74. US programmes are similar, with some different ages.',
      'Pros and cons':
        'Screening saves lives, but no test is perfect: it can miss some problems, and it can find things that would never have caused harm. The information sent with each invitation helps you decide.',
    },
    source: nhs('conditions/nhs-screening/', 'NHS screening'),
  }),
  prevention({
    id: 'healthy-weight',
    title: 'Healthy weight and BMI',
    keywords:
      'healthy weight, BMI, body mass index, ideal weight, BMI calculator, waist size, waist measurement, lose weight, weight loss, overweight, underweight',
    summary:
      'For most adults a healthy BMI is 18.5 to 24.9. Keeping to a healthy weight lowers the risk of type 2 diabetes, heart disease, joint problems and some cancers.',
    sections: {
      'How it is measured':
        'BMI is weight in kilograms divided by height in metres squared. Waist size adds to it: the risk rises above about 94 cm (37 in) for men and 80 cm (31.5 in) for women. For people of South Asian, Chinese, Black African or Caribbean background, risk rises from a BMI of 23.',
      'What to do':
        'Aim for slow, steady change: smaller portions, more vegetables and fibre, fewer sugary drinks and snacks, regular activity and enough sleep. Losing about 0.5 to 1 kg (1 to 2 lb) a week is realistic.',
    },
    source: who('obesity-and-overweight', 'Obesity and overweight'),
  }),
  prevention({
    id: 'medicine-storage',
    title: 'Storing and disposing of medicines safely',
    keywords:
      'store medicines, storing medicines, medicine storage, safe storage, medicine cabinet, out of reach of children, child safety, expired medicines, out of date medicines, dispose of medicines, disposing of medicines, poisoning, fridge medicines, where to keep medicines, keep medicines, get rid of medicines, old medicines, unused medicines',
    summary:
      'Keep medicines in their original packaging, in a cool, dry place out of the sight and reach of children, and take unwanted or out-of-date medicines back to a pharmacy.',
    sections: {
      'What to do':
        'Store most medicines below 25°C away from heat, moisture and sunlight, so not in the bathroom or on a sunny windowsill. Keep fridge medicines such as insulin at 2 to 8°C, and use a locked cupboard if there are children or visitors at risk.',
      Disposal:
        'Do not flush medicines down the toilet or put them in the bin: return them to a pharmacy. Never share prescription medicines.',
      'When to get help':
        'If a child or adult swallows someone else’s medicine or too much of their own, get urgent advice (NHS 111, poison control or 999 / 911) even if they seem well, and take the packet with you.',
    },
    source: nhs(
      'common-health-questions/medicines/how-should-i-store-my-medicine/',
      'How should I store my medicine?',
    ),
  }),
  prevention({
    id: 'mental-wellbeing',
    title: 'Looking after your mental wellbeing',
    keywords:
      'mental wellbeing, mental health, wellbeing, well-being, stress, managing stress, feeling stressed, burnout, self-care, mindfulness, relaxation, five steps to wellbeing',
    summary:
      'Small, regular habits protect mental wellbeing: connecting with people, being active, learning something new, helping others and paying attention to the present moment.',
    sections: {
      'What to do':
        'Make time for friends and family, move every day, get outside, keep a regular sleep pattern, limit alcohol, try relaxation or mindfulness, and break big problems into small steps.',
      'When to get help':
        'See a doctor or a talking therapy service if stress, worry or low mood last for weeks or affect daily life. If you feel unable to keep yourself safe, call 999 or 911 or a crisis line straight away.',
    },
    source: nhs(
      'mental-health/self-help/guides-tools-and-activities/five-steps-to-mental-wellbeing/',
      'Five steps to mental wellbeing',
    ),
  }),
];
