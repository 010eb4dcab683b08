import { nhs, preventionArticle as prevention, who } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Vaccines and travel health. Who is offered a vaccine differs by country and changes over time. */
export const VACCINE_PREVENTION_ARTICLES: readonly HealthArticle[] = [
  prevention({
    id: 'flu-vaccine',
    title: 'Flu vaccine',
    keywords:
      'flu vaccine, flu jab, flu shot, influenza vaccine, influenza vaccination, flu vaccination, nasal spray flu vaccine, prevent flu, flu prevention',
    summary:
      'The flu vaccine is the best way to protect yourself and others from flu. It is given every year in autumn because flu viruses change.',
    sections: {
      'How it protects you':
        'It teaches your immune system to recognise the flu viruses expected that winter, lowering your chance of catching flu and of becoming seriously ill. Hand washing and staying home when ill add extra protection.',
      'Who should get it':
        'In the UK it is offered free to people aged 65 and over, pregnant women, people with long-term conditions, carers, children and some others. In the US it is recommended for everyone from 6 months old.',
      'Side effects':
        'A sore arm, a slight temperature or aching muscles for a day or two. The injected vaccine cannot give you flu. Serious allergic reactions are very rare.',
    },
    source: nhs('vaccinations/flu-vaccine/', 'Flu vaccine'),
  }),
  prevention({
    id: 'covid-19-vaccine',
    title: 'COVID-19 vaccine',
    keywords:
      'COVID vaccine, COVID-19 vaccine, covid jab, covid booster, coronavirus vaccine, covid shot, prevent covid',
    summary:
      'COVID-19 vaccines lower the risk of becoming seriously ill or dying from COVID-19. Boosters are offered to the people most at risk, usually in autumn and sometimes spring.',
    sections: {
      'Who should get it':
        'Eligibility changes each season and differs by country; older adults, care home residents and people with a weakened immune system are usually offered it. Check your national health service for current advice.',
      'Side effects':
        'A sore arm, tiredness, headache, aches and feeling feverish for a day or two. Inflammation of the heart (myocarditis) is rare; get urgent help for chest pain, breathlessness or a pounding heartbeat in the days after.',
    },
    source: nhs('vaccinations/covid-19-vaccine/', 'COVID-19 vaccine'),
  }),
  prevention({
    id: 'mmr-vaccine',
    title: 'MMR vaccine (measles, mumps and rubella)',
    keywords:
      'MMR, MMR vaccine, MMRV, measles vaccine, mumps vaccine, rubella vaccine, German measles, measles, mumps, rubella',
    summary:
      'The MMR vaccine protects against measles, mumps and rubella, three infections that can cause serious illness. Two doses give long-lasting protection.',
    sections: {
      'Who should get it':
        'Children get two doses in early childhood (the exact ages depend on the country). Older children and adults who missed a dose can catch up at any age.',
      'Why it matters':
        'Measles spreads very easily and can cause pneumonia, brain inflammation and death; rubella in pregnancy can harm the baby. Outbreaks happen when fewer people are vaccinated.',
      'Side effects':
        'A sore arm, and a week or two later a mild fever, rash or swollen glands for a few days. There is no link between MMR and autism. It is a live vaccine, so it is not given in pregnancy.',
    },
    source: who('measles', 'Measles'),
  }),
  prevention({
    id: 'hpv-vaccine',
    title: 'HPV vaccine',
    keywords:
      'HPV vaccine, HPV jab, human papillomavirus vaccine, Gardasil, cervical cancer vaccine, genital warts vaccine, HPV',
    summary:
      'The HPV vaccine protects against the human papillomavirus types that cause most cervical cancers, some cancers of the mouth, throat, anus and genitals, and genital warts.',
    sections: {
      'Who should get it':
        'It works best before any sexual contact. In the UK it is offered to all children aged 12 to 13, with catch-up up to age 25. In the US it is recommended at 11 to 12 (it can start at 9), with catch-up up to 26.',
      'Side effects':
        'A sore, red arm, headache or feeling a bit unwell for a day or two. It is very safe and has been given to many millions of people.',
      'Why screening still matters':
        'Vaccinated people should still go for cervical screening when invited, as the vaccine does not cover every HPV type.',
    },
    source: nhs('vaccinations/hpv-vaccine/', 'HPV vaccine'),
  }),
  prevention({
    id: 'shingles-vaccine',
    title: 'Shingles vaccine',
    keywords:
      'shingles vaccine, shingles jab, Shingrix, herpes zoster vaccine, zoster, shingles, postherpetic neuralgia',
    summary:
      'The shingles vaccine lowers your chance of getting shingles, a painful rash caused by the chickenpox virus waking up again, and of long-lasting nerve pain afterwards.',
    sections: {
      'Who should get it':
        'In the UK it is offered at age 65, to people aged 70 to 79, and to people 50 and over with a severely weakened immune system. In the US, two doses of Shingrix are recommended for adults 50 and over, and for adults 19 and over with weakened immunity.',
      'Side effects':
        'A sore arm, tiredness, muscle aches, headache or shivering for a day or two, which are more noticeable than with many vaccines but pass quickly.',
    },
    source: nhs('vaccinations/shingles-vaccine/', 'Shingles vaccine'),
  }),
  prevention({
    id: 'tetanus',
    title: 'Tetanus and tetanus vaccine',
    keywords:
      'tetanus, lockjaw, tetanus jab, tetanus shot, tetanus booster, Td, Tdap, dirty wound, rusty nail, animal bite',
    summary:
      'Tetanus is a rare but serious infection caused by bacteria from soil or manure getting into a wound. The tetanus vaccine protects you, and most people have it as part of routine childhood vaccines.',
    sections: {
      'Who should get it':
        'In the UK, five doses in total give long-term protection. In the US, adults have a Td or Tdap booster every 10 years, and sooner after a dirty wound if more than 5 years have passed.',
      'What to do after a wound':
        'Clean the wound well. Get medical advice the same day for deep or dirty wounds, animal bites, burns or puncture wounds, especially if you are not sure you are fully vaccinated.',
      'When to get help':
        'Call 999 or 911 for stiffness of the jaw or neck, muscle spasms or difficulty swallowing or breathing after a wound.',
    },
    source: nhs('conditions/tetanus/', 'Tetanus'),
  }),
  prevention({
    id: 'pneumococcal-vaccine',
    title: 'Pneumococcal vaccine',
    keywords:
      'pneumococcal vaccine, pneumonia vaccine, pneumonia jab, PPV, PCV, Prevenar, pneumococcus, pneumo jab',
    summary:
      'The pneumococcal vaccine protects against pneumococcal infections, a common cause of pneumonia, meningitis and blood infections.',
    sections: {
      'Who should get it':
        'Babies as part of routine vaccines, adults aged 65 and over, and people of any age with certain long-term conditions such as COPD, heart, kidney or liver disease, diabetes or a weakened immune system.',
      'Side effects': 'A sore arm, mild fever or tiredness for a day or two.',
    },
    source: nhs('vaccinations/pneumococcal-vaccine/', 'Pneumococcal vaccine'),
  }),
  prevention({
    id: 'travel-health',
    title: 'Travel health and travel vaccines',
    keywords:
      'travel health, travel vaccines, travel vaccinations, vaccines for travel, malaria, malaria tablets, yellow fever, typhoid, hepatitis A, travellers diarrhoea, travelers diarrhea, holiday, abroad, DVT on flights',
    summary:
      'Before travelling abroad, check which vaccines and medicines you may need, ideally 6 to 8 weeks before you go, and plan how to avoid food, water and insect-borne infections.',
    sections: {
      'Before you go':
        'Ask a GP practice, pharmacy or travel clinic about vaccines such as hepatitis A, typhoid or yellow fever, and about malaria tablets for your destination. Make sure routine vaccines are up to date and pack enough of your usual medicines.',
      'While you are away':
        'Use insect repellent and nets where malaria or dengue occur, drink bottled or treated water where needed, wash hands often, use sun protection, and keep moving on long flights to lower the risk of clots.',
      'When to get help':
        'Get urgent medical help for a fever during or within a year of returning from a malaria area, and mention where you travelled.',
    },
    source: nhs('conditions/travel-vaccinations/', 'Travel vaccinations'),
  }),
];
