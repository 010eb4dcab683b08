import { conditionArticle as condition, medlineplus, nhs } from './health-article.factory.ts';
import type { HealthArticle } from './health-info.types.ts';

/** Diabetes, hormone, kidney, blood, bone and weight conditions. */
export const METABOLIC_CONDITION_ARTICLES: readonly HealthArticle[] = [
  condition({
    id: 'type-2-diabetes',
    title: 'Type 2 diabetes',
    keywords:
      'type 2 diabetes, diabetes, sugar diabetes, T2DM, T2D, diabetes mellitus, high blood sugar, hyperglycaemia, hyperglycemia, diabetic, prediabetes, borderline diabetes, insulin resistance, diabetes symptoms, signs of diabetes, adult onset diabetes',
    summary:
      'Type 2 diabetes is a long-term condition in which the body does not make enough insulin or cannot use it well, so blood sugar stays too high. It can often be controlled with lifestyle changes and medicines.',
    sections: {
      Symptoms:
        'Many people have no symptoms at first. Others notice being very thirsty, passing urine often, tiredness, blurred vision, slow-healing cuts, itching around the genitals or losing weight without trying.',
      'Causes and risks':
        'Risk is higher with being overweight (especially around the waist), inactivity, a family history, older age, and a South Asian, Black African or African Caribbean background.',
      Tests:
        'A blood test, usually HbA1c, confirms it: 48 mmol/mol (6.5%) or more means diabetes. A fasting blood glucose test may also be used.',
      Treatment:
        'Healthy eating, regular activity and weight loss help; losing weight can even bring it into remission. Metformin is usually the first medicine, with others added if needed, plus regular checks of eyes, feet, kidneys and blood pressure.',
      'When to get help':
        'See a doctor if you have symptoms of diabetes. Get urgent help for very high sugar with vomiting, confusion, deep breathing or drowsiness.',
    },
    source: nhs('conditions/type-2-diabetes/', 'Type 2 diabetes'),
  }),
  condition({
    id: 'type-1-diabetes',
    title: 'Type 1 diabetes',
    keywords:
      'type 1 diabetes, T1DM, T1D, juvenile diabetes, insulin dependent diabetes, autoimmune diabetes, diabetic ketoacidosis, DKA, ketones',
    summary:
      'Type 1 diabetes is an autoimmune condition in which the body stops making insulin, so blood sugar rises. It usually starts in childhood or young adulthood and is treated with insulin for life.',
    sections: {
      Symptoms:
        'Symptoms often come on over days or weeks: great thirst, passing a lot of urine, tiredness, weight loss, blurred vision and, in children, bed-wetting.',
      Tests:
        'A finger-prick or blood glucose test and a ketone test are done the same day if type 1 diabetes is suspected; blood tests for antibodies can confirm the type.',
      Treatment:
        'Insulin by injection or pump is essential, matched to food and activity using glucose checks or a sensor. A diabetes team teaches how to manage highs, lows and illness.',
      'When to get help':
        'Get emergency help for signs of diabetic ketoacidosis: vomiting, stomach pain, fast deep breathing, fruity-smelling breath, confusion or drowsiness.',
    },
    source: nhs('conditions/type-1-diabetes/', 'Type 1 diabetes'),
  }),
  condition({
    id: 'underactive-thyroid',
    title: 'Underactive thyroid (hypothyroidism)',
    keywords:
      "underactive thyroid, hypothyroidism, low thyroid, thyroid, Hashimoto's, hashimoto, myxoedema, myxedema, slow thyroid",
    summary:
      'An underactive thyroid means the thyroid gland in the neck does not make enough thyroid hormone, so the body slows down. It is common, easy to test for, and treated with a daily tablet.',
    sections: {
      Symptoms:
        'Tiredness, feeling cold, weight gain, constipation, dry skin and hair, low mood, aches and heavy or irregular periods. Symptoms come on slowly and can be mistaken for ageing.',
      Tests:
        'A blood test for TSH and free T4 (thyroid function tests) shows it: TSH is raised and T4 is low.',
      Treatment:
        'Levothyroxine replaces the missing hormone. The dose is adjusted using blood tests until levels are right, then checked about once a year.',
    },
    source: nhs('conditions/underactive-thyroid-hypothyroidism/', 'Underactive thyroid'),
  }),
  condition({
    id: 'overactive-thyroid',
    title: 'Overactive thyroid (hyperthyroidism)',
    keywords:
      "overactive thyroid, hyperthyroidism, thyrotoxicosis, Graves' disease, graves, thyroid, high thyroid, goitre, goiter",
    summary:
      'An overactive thyroid makes too much thyroid hormone, which speeds up the body. It is treatable with tablets, radioactive iodine or, less often, surgery.',
    sections: {
      Symptoms:
        'Feeling anxious or irritable, a fast or irregular heartbeat, shaking, sweating, feeling hot, weight loss, diarrhoea, poor sleep and sometimes a swelling in the neck (goitre) or bulging eyes.',
      Tests:
        'Thyroid function blood tests show a low TSH with high T4 or T3; antibody tests or a scan can find the cause.',
      Treatment:
        'Tablets such as carbimazole reduce hormone production, and beta blockers ease symptoms while they start to work. Radioactive iodine or surgery are options for some people.',
    },
    source: nhs('conditions/overactive-thyroid-hyperthyroidism/', 'Overactive thyroid'),
  }),
  condition({
    id: 'obesity',
    title: 'Obesity',
    keywords:
      'obesity, obese, overweight, BMI, body mass index, weight loss, losing weight, fat, excess weight, weight management, weight loss injections, GLP-1',
    summary:
      'Obesity means carrying excess body fat that raises the risk of health problems such as type 2 diabetes, heart disease, some cancers and joint pain. In adults it usually means a BMI of 30 or more.',
    sections: {
      'What it is':
        'BMI compares weight with height: 25 to 29.9 is overweight and 30 or more is obese. Waist size also matters, and lower BMI thresholds apply to people of South Asian, Chinese, Black African and Caribbean backgrounds.',
      'Causes and risks':
        'Weight reflects food and drink, activity, sleep, stress, genes, some medicines and the environment people live in. It is not simply a matter of willpower.',
      Treatment:
        'Steady changes to eating and activity, ideally with support from a weight management programme, are the base. Some people are offered weight-loss medicines or surgery. Losing even 5% of body weight improves health.',
    },
    source: nhs('conditions/obesity/', 'Obesity'),
  }),
  condition({
    id: 'gout',
    title: 'Gout',
    keywords:
      'gout, uric acid, urate, gouty arthritis, painful big toe, swollen toe joint, allopurinol, podagra',
    summary:
      'Gout is a type of arthritis in which crystals of uric acid form in a joint, causing sudden, very painful attacks. It often affects the big toe and can be prevented with lifestyle changes and medicine.',
    sections: {
      Symptoms:
        'A joint, often at the base of the big toe, becomes suddenly painful, hot, red and swollen, usually over hours. Attacks settle in about a week or two.',
      'Causes and risks':
        'High levels of uric acid in the blood, linked to being overweight, alcohol (especially beer), sugary drinks, red meat and shellfish, some water tablets and kidney problems.',
      Treatment:
        'During an attack, rest and raise the joint, use an ice pack and take anti-inflammatory medicine or colchicine as advised. Allopurinol or febuxostat taken long term lowers uric acid and prevents attacks.',
      'When to get help':
        'See a doctor the same day if a joint is suddenly hot and swollen, especially with a fever, because a joint infection needs ruling out.',
    },
    source: nhs('conditions/gout/', 'Gout'),
  }),
  condition({
    id: 'chronic-kidney-disease',
    title: 'Chronic kidney disease (CKD)',
    keywords:
      'chronic kidney disease, CKD, kidney disease, kidney failure, renal failure, renal disease, kidneys not working, reduced kidney function, dialysis, kidney damage',
    summary:
      'Chronic kidney disease means the kidneys have not been working as well as they should for at least three months. It is common in older people and those with diabetes or high blood pressure, and early treatment slows it down.',
    sections: {
      Symptoms:
        'Usually none in the early stages. Later there may be tiredness, swollen ankles, itching, shortness of breath, feeling sick or passing urine more at night.',
      Tests:
        'A blood test for creatinine gives your eGFR (how well the kidneys filter) and a urine test (ACR) looks for protein. Repeated results over three months show the stage.',
      Treatment:
        'Controlling blood pressure and blood sugar, medicines that protect the kidneys (such as ACE inhibitors or SGLT2 inhibitors), not smoking and avoiding anti-inflammatory painkillers all help. A few people need dialysis or a transplant.',
    },
    source: nhs('conditions/kidney-disease/', 'Chronic kidney disease'),
  }),
  condition({
    id: 'iron-deficiency-anaemia',
    title: 'Anaemia (iron deficiency)',
    keywords:
      'anaemia, anemia, iron deficiency, low iron, low haemoglobin, low hemoglobin, low blood count, iron tablets, ferritin, pale',
    summary:
      'Anaemia means you have too few red blood cells or too little haemoglobin to carry oxygen. The most common cause is a lack of iron, which is easy to test for and treat.',
    sections: {
      Symptoms:
        'Tiredness, lack of energy, shortness of breath, a fast or pounding heartbeat, pale skin, headaches and sometimes cravings to eat ice or non-food items.',
      'Causes and risks':
        'Heavy periods, pregnancy, a diet low in iron, and bleeding from the gut (for example from ulcers, anti-inflammatory painkillers or bowel cancer). Other types are caused by low vitamin B12 or folate.',
      Tests: 'A full blood count shows low haemoglobin; a ferritin test shows whether iron stores are low.',
      Treatment:
        'Iron tablets usually for a few months, plus iron-rich foods (meat, beans, pulses, dark green vegetables, fortified cereals). The cause also needs finding, especially in men and in women after the menopause.',
    },
    source: nhs('conditions/iron-deficiency-anaemia/', 'Iron deficiency anaemia'),
  }),
  condition({
    id: 'osteoporosis',
    title: 'Osteoporosis',
    keywords:
      'osteoporosis, brittle bones, thin bones, weak bones, bone density, osteopenia, fragility fracture, DEXA, DXA scan, bone loss',
    summary:
      'Osteoporosis makes bones thinner and weaker, so they break more easily, often after a minor fall. It is most common in older women but can affect anyone.',
    sections: {
      Symptoms:
        'There are usually no symptoms until a bone breaks, often a wrist, hip or bone in the spine. Spinal fractures can cause back pain, loss of height or a stooped posture.',
      'Causes and risks':
        'Age, the menopause, a family history, low body weight, smoking, heavy drinking, long-term steroid tablets and some medical conditions.',
      Tests:
        'A DEXA (DXA) scan measures bone density. A fracture risk tool such as FRAX helps decide on treatment.',
      Treatment:
        'Weight-bearing exercise, enough calcium and vitamin D, not smoking and preventing falls. Medicines such as bisphosphonates (for example alendronic acid) strengthen bones.',
    },
    source: nhs('conditions/osteoporosis/', 'Osteoporosis'),
  }),
  condition({
    id: 'osteoarthritis',
    title: 'Osteoarthritis',
    keywords:
      'osteoarthritis, arthritis, OA, wear and tear, joint pain, stiff joints, knee pain, hip pain, degenerative joint disease, arthritic',
    summary:
      'Osteoarthritis is the most common type of arthritis: the joints become painful and stiff as the cartilage and bone change over time. It often affects knees, hips, hands and the spine.',
    sections: {
      Symptoms:
        'Joint pain that is worse with activity and at the end of the day, stiffness that eases within about 30 minutes of getting up, swelling and a grating feeling.',
      Treatment:
        'Regular exercise and muscle strengthening are the most helpful treatment, along with losing weight if needed. Painkilling gels, paracetamol or anti-inflammatory medicines help some people; severe cases may need joint replacement.',
      'When to get help':
        'See a doctor if joint pain keeps returning or limits daily life, or the same day if a joint becomes suddenly hot, red and swollen.',
    },
    source: nhs('conditions/osteoarthritis/', 'Osteoarthritis'),
  }),
  condition({
    id: 'rheumatoid-arthritis',
    title: 'Rheumatoid arthritis',
    keywords:
      'rheumatoid arthritis, RA, inflammatory arthritis, autoimmune arthritis, swollen joints, morning stiffness, methotrexate',
    summary:
      'Rheumatoid arthritis is an autoimmune condition in which the immune system attacks the joints, causing pain, swelling and stiffness. Early treatment protects the joints.',
    sections: {
      Symptoms:
        'Painful, swollen, warm joints, often the small joints of the hands and feet on both sides, with stiffness for more than 30 minutes in the morning and tiredness.',
      Tests:
        'Blood tests (such as rheumatoid factor, anti-CCP antibodies and markers of inflammation) and X-rays or scans.',
      Treatment:
        'Disease-modifying medicines such as methotrexate, and sometimes biological medicines, slow the disease. Steroids and anti-inflammatory painkillers help flare-ups; physiotherapy keeps joints moving.',
    },
    source: nhs('conditions/rheumatoid-arthritis/', 'Rheumatoid arthritis'),
  }),
  condition({
    id: 'dementia',
    title: 'Dementia',
    keywords:
      "dementia, Alzheimer's, alzheimer, alzheimers, memory loss, forgetfulness, memory problems, vascular dementia, cognitive decline, confusion in older people",
    summary:
      "Dementia is a group of symptoms caused by diseases of the brain, such as Alzheimer's disease, that steadily affect memory, thinking, language and daily life. It is not a normal part of ageing.",
    sections: {
      Symptoms:
        'Memory loss, especially for recent events, difficulty finding words, getting lost in familiar places, trouble planning or following conversations, and changes in mood or behaviour.',
      Tests:
        'A doctor asks about symptoms, does memory tests and blood tests to rule out other causes (such as thyroid problems or low vitamin B12), and may refer to a memory clinic for scans.',
      Treatment:
        "There is no cure yet, but some medicines can ease symptoms of Alzheimer's for a time. Support, activities, planning ahead and help for carers make a big difference.",
      Prevention:
        'Staying active, not smoking, drinking less alcohol, controlling blood pressure, protecting your hearing and staying socially and mentally active may lower the risk.',
    },
    source: medlineplus('dementia.html', 'Dementia'),
  }),
];
