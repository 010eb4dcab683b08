import { cdc, nhs, testArticle as test } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/**
 * Cancer screening tests and the scopes and scans that follow them. Programmes differ between
 * countries; the UK (NHS England) and US (USPSTF) ages are given where they differ.
 */
export const SCREENING_TEST_ARTICLES: readonly HealthArticle[] = [
  test({
    id: 'lung-cancer-screening',
    title: 'Lung cancer screening (low-dose CT scan)',
    keywords:
      'lung cancer screening, low dose CT, LDCT, lung CT scan, lung health check, lung screening, smokers scan, CT scan for smokers',
    summary:
      'Lung cancer screening uses a low-dose CT scan to look for early lung cancer in people at high risk because of smoking, before symptoms start.',
    sections: {
      'Who should get it':
        'In the US, yearly screening is recommended for adults aged 50 to 80 with a 20 pack-year smoking history who still smoke or quit within the past 15 years. In the UK, people aged 55 to 74 who have ever smoked are invited to a lung health check.',
      'What happens':
        'You lie on a scanner bed for a few minutes while a CT scan with a low dose of radiation is taken. No needles or dye are needed.',
      Results:
        'Most scans are normal or show small harmless spots that are checked again later. A suspicious result leads to more scans or a biopsy. Screening does not replace stopping smoking, which is the best way to lower the risk.',
    },
    source: cdc('lung-cancer/screening/index.html', 'Screening for lung cancer'),
  }),
  test({
    id: 'bowel-cancer-screening',
    title: 'Bowel cancer screening (FIT test)',
    keywords:
      'bowel cancer screening, FIT, FIT test, faecal immunochemical test, fecal immunochemical test, stool test, poo test, home test kit, FOBT, colorectal cancer screening, colon cancer screening',
    summary:
      'Bowel cancer screening looks for tiny amounts of blood in your poo using a home FIT kit, to find cancer early or polyps before they become cancer.',
    sections: {
      'Who should get it':
        'In England, people aged 50 to 74 are sent a kit every 2 years. In the US, screening is recommended from 45 to 75, with a yearly FIT or a colonoscopy every 10 years among the options.',
      'What happens':
        'You collect a small sample of poo on a stick at home and post it back in the pack provided. It is quick and clean.',
      Results:
        'Most results are normal. An abnormal result does not mean you have cancer, but you will be offered a colonoscopy to find the cause.',
    },
    source: nhs('conditions/bowel-cancer-screening/', 'Bowel cancer screening'),
  }),
  test({
    id: 'colonoscopy',
    title: 'Colonoscopy',
    keywords:
      'colonoscopy, camera test, bowel camera, scope, sigmoidoscopy, endoscopy of the bowel, polyp removal, bowel prep',
    summary:
      'A colonoscopy uses a thin flexible tube with a camera to look inside the large bowel. It can find and remove polyps and take small samples.',
    sections: {
      'What happens':
        'You follow a special diet and take a strong laxative (bowel prep) the day before to empty the bowel. A sedative or gas and air is offered, and the test takes about 30 to 45 minutes.',
      'Why it is done':
        'After an abnormal screening test, or for symptoms such as bleeding from the bottom, a lasting change in bowel habit, or anaemia.',
      Risks:
        'It is generally safe. Rarely there is bleeding or a small tear in the bowel. Get urgent help for severe tummy pain, a fever or heavy bleeding afterwards.',
    },
    source: nhs('conditions/colonoscopy/', 'Colonoscopy'),
  }),
  test({
    id: 'mammogram',
    title: 'Breast screening (mammogram)',
    keywords: 'mammogram, mammography, breast screening, breast X-ray, breast cancer screening, breast check',
    summary:
      'A mammogram is an X-ray of the breasts used to find breast cancer early, often before a lump can be felt.',
    sections: {
      'Who should get it':
        'In England, women aged 50 to 71 are invited every 3 years. In the US, screening every 2 years is recommended from 40 to 74. Women at higher risk may start earlier.',
      'What happens':
        'Each breast is pressed between two plates for a few seconds while X-rays are taken. It can be uncomfortable but is quick.',
      Results:
        'Most results are normal. If something needs a closer look you are invited back for more images or a biopsy; most recalls do not find cancer. Still see a doctor about any breast change between screens.',
    },
    source: nhs('conditions/breast-screening-mammogram/', 'Breast screening (mammogram)'),
  }),
  test({
    id: 'cervical-screening',
    title: 'Cervical screening (smear test / Pap test)',
    keywords:
      'cervical screening, smear test, pap smear, pap test, HPV test, cervical cancer screening, cervical smear, colposcopy',
    summary:
      'Cervical screening checks a sample of cells from the cervix for high-risk types of HPV, the virus that causes most cervical cancers, so changes can be treated before cancer develops.',
    sections: {
      'Who should get it':
        'In England, people with a cervix aged 25 to 64 are invited every 3 to 5 years, depending on age and past results. In the US, screening usually starts at 21, with an HPV test every 5 years or a Pap test every 3 years from 30 to 65.',
      'What happens':
        'A nurse or doctor gently opens the vagina with a speculum and uses a soft brush to take cells from the cervix. It takes a few minutes; tell them if you feel uncomfortable.',
      Results:
        'Most people have no HPV. If HPV is found, the cells are checked and you may be invited back sooner or for a colposcopy, a closer look at the cervix.',
    },
    source: nhs('conditions/cervical-screening/', 'Cervical screening'),
  }),
];
