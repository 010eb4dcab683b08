import { conditionArticle as condition, medlineplus, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Common cancers: the signs to look out for and how they are found and treated. */
export const CANCER_CONDITION_ARTICLES: readonly HealthArticle[] = [
  condition({
    id: 'lung-cancer',
    title: 'Lung cancer',
    keywords:
      'lung cancer, lung tumour, lung tumor, cancer of the lung, bronchial cancer, lung carcinoma, coughing blood',
    summary:
      'Lung cancer is one of the most common serious cancers, and most cases are linked to smoking. Finding it early, sometimes through screening, makes treatment more likely to work.',
    sections: {
      Symptoms:
        'A cough that lasts more than three weeks, coughing up blood, chest infections that keep coming back, breathlessness, chest pain, tiredness and weight loss without trying.',
      'Causes and risks':
        'Smoking causes most lung cancers; the risk falls steadily after stopping. Second-hand smoke, radon gas, asbestos and air pollution also add to the risk.',
      Tests:
        'A chest X-ray is often first, then a CT scan and a biopsy. People at high risk from smoking may be offered low-dose CT screening.',
      Treatment:
        'Surgery, radiotherapy, chemotherapy, targeted medicines and immunotherapy, depending on the type and stage.',
      'When to get help':
        'See a doctor if you have a cough for three weeks or more, cough up blood or have any of the other symptoms, especially if you smoke or used to.',
    },
    source: nhs('conditions/lung-cancer/', 'Lung cancer'),
  }),
  condition({
    id: 'breast-cancer',
    title: 'Breast cancer',
    keywords:
      'breast cancer, breast lump, lump in breast, breast tumour, breast tumor, nipple discharge, mastectomy',
    summary:
      'Breast cancer is the most common cancer in women and can also affect men. It is often treatable, especially when found early, so know how your breasts normally look and feel and go for screening when invited.',
    sections: {
      Symptoms:
        'A new lump or thickening in the breast or armpit, a change in size or shape, puckering or dimpling of the skin, a rash or crusting around the nipple, nipple discharge or a nipple turning in.',
      'Causes and risks':
        'Risk increases with age, a strong family history (such as BRCA gene changes), alcohol, being overweight after the menopause and some hormone treatments.',
      Tests:
        'An examination, mammogram and ultrasound at a breast clinic, and a biopsy if anything looks abnormal.',
      Treatment:
        'Usually surgery, often with radiotherapy, chemotherapy, hormone therapy or targeted medicines, planned around the type of cancer.',
      'When to get help':
        'See a doctor if you notice any change in your breast. Most lumps are not cancer, but they should be checked.',
    },
    source: medlineplus('breastcancer.html', 'Breast cancer'),
  }),
  condition({
    id: 'bowel-cancer',
    title: 'Bowel cancer (colorectal cancer)',
    keywords:
      'bowel cancer, colorectal cancer, colon cancer, rectal cancer, cancer of the bowel, blood in stool, blood in poo, rectal bleeding, polyps',
    summary:
      'Bowel cancer affects the large bowel (colon) or back passage (rectum). It is common, and when found early it is very treatable, which is why screening is offered.',
    sections: {
      Symptoms:
        'Blood in your poo or bleeding from the bottom, a change in bowel habit (such as looser or more frequent poo), tummy pain or a lump, weight loss and tiredness from anaemia.',
      'Causes and risks':
        'Age over 50, a family history, red and processed meat, low fibre, smoking, alcohol, obesity, inactivity and long-term inflammatory bowel disease.',
      Tests: 'A FIT stool test, then usually a colonoscopy, and scans to see whether it has spread.',
      Treatment: 'Surgery is the main treatment, sometimes with chemotherapy or radiotherapy.',
      'When to get help':
        'See a doctor if you have blood in your poo, a change in bowel habit for three weeks or more, or lose weight without trying.',
    },
    source: nhs('conditions/bowel-cancer/', 'Bowel cancer'),
  }),
  condition({
    id: 'prostate-cancer',
    title: 'Prostate cancer',
    keywords:
      'prostate cancer, prostate, cancer of the prostate, prostate tumour, prostate tumor, enlarged prostate, weak urine flow, peeing at night',
    summary:
      'Prostate cancer is the most common cancer in men. It often grows slowly, and many men need only monitoring, but some types grow quickly and need treatment.',
    sections: {
      Symptoms:
        'Often none early on. Later there may be needing to pee more often (especially at night), a weak flow, straining, or feeling the bladder has not emptied. These are more often caused by a non-cancerous enlarged prostate.',
      'Causes and risks':
        'Risk rises with age (mostly over 50), is higher in Black men and in men with a father or brother who had it.',
      Tests:
        'A PSA blood test and an examination, then an MRI scan and sometimes a biopsy. Talk through the pros and cons of a PSA test with a doctor first.',
      Treatment:
        'Active surveillance (regular checks), surgery, radiotherapy or hormone therapy, depending on how fast the cancer is likely to grow.',
    },
    source: nhs('conditions/prostate-cancer/', 'Prostate cancer'),
  }),
  condition({
    id: 'skin-cancer',
    title: 'Skin cancer (melanoma and non-melanoma)',
    keywords:
      'skin cancer, melanoma, mole, changing mole, basal cell carcinoma, BCC, squamous cell carcinoma, SCC, non-melanoma skin cancer, rodent ulcer',
    summary:
      'Skin cancer is mostly caused by too much ultraviolet light from the sun or sunbeds. Melanoma is the most serious type; non-melanoma types are more common and usually easy to treat.',
    sections: {
      Symptoms:
        'A new mole or a mole that changes in size, shape or colour, bleeds or itches (think ABCDE: asymmetry, border, colour, diameter, evolving), or a sore or lump that does not heal after four weeks.',
      'Causes and risks':
        'Sunburn, especially in childhood, sunbed use, fair skin that burns easily, many moles, a family history and a weakened immune system.',
      Treatment:
        'Most skin cancers are removed with minor surgery. Advanced melanoma may need immunotherapy or targeted medicines.',
      Prevention:
        'Use sunscreen of SPF 30 or higher, cover up, seek shade in the middle of the day, avoid sunbeds and check your skin regularly.',
    },
    source: medlineplus('skincancer.html', 'Skin cancer'),
  }),
];
