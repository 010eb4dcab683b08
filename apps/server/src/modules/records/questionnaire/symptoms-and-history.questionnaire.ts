import type { QuestionnaireDefinition } from '@nexus/contracts';
import { anyOf, freeText, measure, oneOf, when, wholeNumber, yesNo } from './question.builders.ts';

const EVER_SMOKED = when('smoking.ever', true);
const HAS_SYMPTOMS = when('symptoms.any', true);
const DRINKS = when('alcohol.any', true);

/**
 * The six education levels of the PLCOm2012 lung-cancer model, in its order (Tammemägi et al.,
 * N Engl J Med 2013;368:728-36): the option order is the model's level 1 to 6.
 */
export const EDUCATION_LEVELS = [
  ['less-than-high-school', 'I left school before finishing high school'],
  ['high-school-graduate', 'High school (secondary school) diploma'],
  ['post-high-school-training', 'Vocational or technical training after high school'],
  ['some-college', 'Some college or university, without a degree'],
  ['college-graduate', 'College or university degree'],
  ['postgraduate', "Postgraduate or professional degree (master's, doctorate, medicine, law …)"],
] as const;

/** "Enter my symptoms and history": what a patient tells the care team before a visit. */
export const SYMPTOMS_AND_HISTORY: QuestionnaireDefinition = {
  id: 'symptoms-and-history',
  url: 'urn:lifecare-nexus:questionnaire:symptoms-and-history',
  version: '1',
  title: 'Your symptoms and health history',
  description:
    'Tell your care team how you feel now and about your health so far. It takes about 10 minutes. ' +
    'Your answers go into your health record, where your care team can read them before they see you.',
  sections: [
    {
      linkId: 'symptoms',
      title: 'How you feel now',
      questions: [
        yesNo('symptoms.any', 'Do you have any symptoms or health problems at the moment?', {
          required: true,
        }),
        anyOf(
          'symptoms.list',
          'Which of these do you have? Choose all that apply.',
          [
            ['cough', 'A cough'],
            ['shortness-of-breath', 'Shortness of breath'],
            ['chest-pain', 'Chest pain or tightness'],
            ['coughing-blood', 'Coughing up blood'],
            ['weight-loss', 'Losing weight without trying'],
            ['fatigue', 'Feeling very tired all the time'],
            ['fever', 'Fever or chills'],
            ['wheezing', 'Wheezing (a whistling sound when you breathe)'],
            ['hoarseness', 'A hoarse or changed voice'],
            ['thirst-urination', 'Being very thirsty, or needing to pee often'],
            ['ankle-swelling', 'Swollen ankles or legs'],
            ['palpitations', 'A racing, pounding or uneven heartbeat'],
            ['dizziness', 'Feeling dizzy or fainting'],
            ['headache', 'Headaches'],
            ['night-sweats', 'Sweating at night'],
            ['blurred-vision', 'Blurred vision'],
            ['numb-feet', 'Numbness or tingling in your hands or feet'],
            ['other', 'Something else'],
          ],
          { required: true, enableWhen: HAS_SYMPTOMS },
        ),
        oneOf(
          'symptoms.duration',
          'How long have you had them?',
          [
            ['under-1-week', 'Less than a week'],
            ['1-4-weeks', '1 to 4 weeks'],
            ['1-3-months', '1 to 3 months'],
            ['3-12-months', '3 to 12 months'],
            ['over-1-year', 'More than a year'],
          ],
          { enableWhen: HAS_SYMPTOMS },
        ),
        wholeNumber(
          'symptoms.severity',
          'How much do they bother you, from 0 (not at all) to 10 (the worst you can imagine)?',
          0,
          10,
          { enableWhen: HAS_SYMPTOMS },
        ),
        freeText('symptoms.details', 'Tell us more in your own words, if you like.', {
          long: true,
          enableWhen: HAS_SYMPTOMS,
        }),
      ],
    },
    {
      linkId: 'history',
      title: 'Your health so far',
      questions: [
        yesNo('history.diabetes', 'Has a doctor ever told you that you have diabetes?', { required: true }),
        yesNo(
          'history.high-blood-pressure',
          'Has a doctor ever told you that you have high blood pressure?',
          {
            required: true,
          },
        ),
        yesNo('history.high-cholesterol', 'Has a doctor ever told you that you have high cholesterol?', {
          required: true,
        }),
        yesNo(
          'history.heart-disease',
          'Have you ever had heart disease, such as a heart attack, angina or heart failure?',
          { required: true },
        ),
        yesNo('history.stroke', 'Have you ever had a stroke or a mini-stroke (TIA)?', { required: true }),
        yesNo('history.kidney-disease', 'Has a doctor ever told you that you have kidney disease?', {
          required: true,
        }),
        yesNo('history.copd', 'Have you ever had COPD, emphysema or chronic bronchitis?', { required: true }),
        yesNo('history.asthma', 'Have you ever had asthma?', { required: true }),
        yesNo(
          'history.blood-pressure-medicine',
          'Do you take, or have you ever regularly taken, medicine for high blood pressure?',
        ),
        yesNo(
          'history.high-blood-glucose',
          'Have you ever been told that your blood sugar was high, for example at a health check, during an illness or in pregnancy?',
        ),
        yesNo(
          'history.gestational-diabetes',
          'If you have been pregnant: did you have diabetes during a pregnancy?',
        ),
        yesNo('history.cancer', 'Have you ever had cancer?', { required: true }),
        freeText('history.cancer-type', 'Which kind of cancer, and when?', {
          enableWhen: when('history.cancer', true),
        }),
        freeText('history.other', 'Any other illnesses, operations or hospital stays we should know about?', {
          long: true,
        }),
      ],
    },
    {
      linkId: 'family',
      title: 'Your family',
      questions: [
        yesNo(
          'family.lung-cancer',
          'Has one of your parents, brothers, sisters or children had lung cancer?',
          {
            required: true,
          },
        ),
        yesNo('family.diabetes', 'Has one of your parents, brothers or sisters had diabetes?', {
          required: true,
        }),
        yesNo(
          'family.early-heart-disease',
          'Did one of your parents, brothers or sisters have a heart attack or stroke before the age of 60?',
          { required: true },
        ),
        yesNo('family.kidney-disease', 'Has one of your parents, brothers or sisters had kidney disease?', {
          required: true,
        }),
      ],
    },
    {
      linkId: 'smoking',
      title: 'Smoking',
      questions: [
        yesNo('smoking.ever', 'Have you ever smoked tobacco regularly (cigarettes, cigars or a pipe)?', {
          required: true,
        }),
        oneOf(
          'smoking.status',
          'Do you smoke now?',
          [
            ['current-every-day', 'Yes, every day'],
            ['current-some-days', 'Yes, on some days'],
            ['former', 'No, I have stopped'],
          ],
          { required: true, enableWhen: EVER_SMOKED },
        ),
        wholeNumber('smoking.age-started', 'How old were you when you started smoking?', 5, 90, {
          enableWhen: EVER_SMOKED,
        }),
        wholeNumber(
          'smoking.cigarettes-per-day',
          'On a usual day, how many cigarettes do you (or did you) smoke?',
          1,
          100,
          { enableWhen: EVER_SMOKED },
        ),
        wholeNumber(
          'smoking.years-smoked',
          'For how many years have you smoked in all? Leave out any years when you had stopped.',
          1,
          90,
          { enableWhen: EVER_SMOKED },
        ),
        wholeNumber('smoking.years-since-quitting', 'How many years ago did you stop smoking?', 0, 90, {
          enableWhen: when('smoking.status', 'former'),
        }),
      ],
    },
    {
      linkId: 'alcohol',
      title: 'Alcohol',
      questions: [
        yesNo('alcohol.any', 'Do you drink alcohol?', { required: true }),
        oneOf(
          'alcohol.frequency',
          'How often do you have a drink containing alcohol?',
          [
            ['monthly-or-less', 'Once a month or less'],
            ['2-4-a-month', '2 to 4 times a month'],
            ['2-3-a-week', '2 to 3 times a week'],
            ['4-or-more-a-week', '4 or more times a week'],
          ],
          { enableWhen: DRINKS },
        ),
        oneOf(
          'alcohol.drinks-per-day',
          'On a day when you drink, how many drinks do you usually have?',
          [
            ['1-2', '1 or 2'],
            ['3-4', '3 or 4'],
            ['5-6', '5 or 6'],
            ['7-9', '7 to 9'],
            ['10-or-more', '10 or more'],
          ],
          { enableWhen: DRINKS },
        ),
      ],
    },
    {
      linkId: 'body',
      title: 'Height and weight',
      questions: [
        measure('body.height', 'How tall are you, in centimetres?', 50, 250, { unit: 'cm' }),
        measure('body.weight', 'How much do you weigh, in kilograms?', 20, 350, { unit: 'kg' }),
        measure(
          'lifestyle.waist',
          'What is your waist size, in centimetres, measured just above your belly button?',
          40,
          250,
          {
            unit: 'cm',
          },
        ),
      ],
    },
    {
      linkId: 'lifestyle',
      title: 'Everyday life',
      questions: [
        yesNo(
          'lifestyle.physically-active',
          'Are you physically active for at least 30 minutes on most days, at work or in your free time?',
        ),
        yesNo('lifestyle.vegetables-daily', 'Do you eat vegetables, fruit or berries every day?'),
      ],
    },
    {
      linkId: 'background',
      title: 'About you',
      questions: [
        oneOf(
          'background.education',
          'What is the highest level of education you have completed?',
          EDUCATION_LEVELS,
        ),
        oneOf(
          'background.ethnicity',
          'Which of these best describes your ethnic background? You do not have to answer. We ask because ' +
            'some risk calculators, such as the one for lung cancer, give different results for different ' +
            'groups, and your answer helps your care team use them correctly.',
          [
            ['white', 'White'],
            ['black', 'Black or African'],
            ['hispanic', 'Hispanic or Latino'],
            ['asian', 'Asian'],
            ['american-indian-alaska-native', 'American Indian or Alaska Native'],
            ['pacific-islander', 'Native Hawaiian or Pacific Islander'],
            ['mixed-or-other', 'Mixed or another background'],
            ['prefer-not-to-say', 'I prefer not to say'],
          ],
        ),
      ],
    },
    {
      linkId: 'medicines-allergies',
      title: 'Medicines and allergies',
      questions: [
        freeText(
          'medicines.current',
          'Which medicines do you take? Include ones you buy yourself, vitamins and herbal remedies.',
          { long: true },
        ),
        freeText(
          'allergies.list',
          'Are you allergic to any medicines, foods or anything else? What happens?',
          {
            long: true,
          },
        ),
      ],
    },
  ],
};
