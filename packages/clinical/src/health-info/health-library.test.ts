import { describe, expect, it } from 'vitest';
import { conditionArticle, nhs } from './health-article.factory.ts';
import { HEALTH_ARTICLES } from './health-articles.ts';
import { createHealthLibrary, MIN_ANSWER_SCORE } from './health-library.ts';

const library = createHealthLibrary();

/** Question → expected article id, and for some the heading of the section that should answer it. */
const ANSWERED: readonly (readonly [question: string, articleId: string, heading?: string])[] = [
  ['what tests are there for chest pain', 'chest-pain-tests', 'Tests'],
  ['what is the normal range for HbA1c', 'hba1c-test', 'Results'],
  ['side effects of metformin', 'metformin', 'Side effects'],
  ['how can I prevent the flu', 'flu-vaccine'],
  ['what causes a headache', 'headache', 'Common causes'],
  ['when is a fever dangerous', 'fever', 'When to get help'],
  ['how is type 2 diabetes diagnosed', 'type-2-diabetes', 'Tests'],
  ['can I drink alcohol on metformin', 'metformin', 'Cautions'],
  ['how much paracetamol can I take in a day', 'paracetamol', 'How to take it'],
  ['what are the signs of a stroke', 'stroke', 'Symptoms'],
  ['what is a normal blood pressure reading', 'blood-pressure-test', 'Results'],
  ['what are the symptoms of a heart attack', 'heart-attack', 'Symptoms'],
  ['is ibuprofen safe in pregnancy', 'ibuprofen', 'Cautions'],
  ['how do I know if I have asthma', 'asthma', 'Symptoms'],
  ['my blue inhaler is not helping', 'salbutamol-inhaler'],
  ['how do I use my preventer inhaler', 'steroid-inhalers', 'How to take it'],
  ['are antibiotics any use against viruses', 'antibiotics'],
  ['what is antibiotic resistance', 'antibiotics', 'Resistance'],
  ['burning when I pee', 'urinary-tract-infection'],
  ['what is a UTI', 'urinary-tract-infection'],
  ['treatment for acid reflux', 'acid-reflux', 'Treatment'],
  ['what is GERD', 'acid-reflux'],
  ['what is coeliac disease', 'coeliac-disease'],
  ['celiac disease test', 'coeliac-disease', 'Tests'],
  ['symptoms of anemia', 'iron-deficiency-anaemia', 'Symptoms'],
  ['what does a high TSH mean', 'thyroid-function-tests', 'Results'],
  ['symptoms of an underactive thyroid', 'underactive-thyroid', 'Symptoms'],
  ['when should I take levothyroxine', 'levothyroxine', 'How to take it'],
  ['what is a normal eGFR', 'kidney-function-test', 'Results'],
  ['what is a good cholesterol level', 'cholesterol-test', 'Results'],
  ['statin side effects', 'statins', 'Side effects'],
  ['why does ramipril make me cough', 'ace-inhibitors'],
  ['amlodipine swollen ankles', 'amlodipine', 'Side effects'],
  ['what foods should I avoid on warfarin', 'warfarin', 'Cautions'],
  ['what is apixaban', 'doacs'],
  ['normal INR range on warfarin', 'inr-test', 'Results'],
  ['should I get a PSA test', 'psa-test'],
  ['early signs of prostate cancer', 'prostate-cancer', 'Symptoms'],
  ['lump in my breast', 'breast-cancer'],
  ['blood in my poo', 'bowel-cancer'],
  ['who should have lung cancer screening', 'lung-cancer-screening', 'Who should get it'],
  ['what happens during a colonoscopy', 'colonoscopy', 'What happens'],
  ['how often should I have a mammogram', 'mammogram', 'Who should get it'],
  ['what is a pap smear', 'cervical-screening'],
  ['what is spirometry', 'spirometry'],
  ['what is an ECG', 'ecg'],
  ['EKG', 'ecg'],
  ['troponin levels heart attack', 'troponin-test'],
  ['do I need a chest x-ray for a cough', 'chest-x-ray'],
  ['what is a CT coronary angiogram', 'ct-coronary-angiogram'],
  ['vitamin D deficiency levels', 'vitamin-d-test', 'Results'],
  ['what does a full blood count show', 'full-blood-count'],
  ['liver function test results', 'liver-function-tests', 'Results'],
  ['what is a urine dipstick test', 'urine-test'],
  ['fasting blood sugar normal range', 'blood-glucose-test', 'Results'],
  ['how do I treat a hypo', 'insulin', 'Low blood sugar (hypo)'],
  ['how should I store insulin', 'insulin', 'Storage'],
  ['is acetaminophen the same as paracetamol', 'paracetamol'],
  ['is the pill safe if I smoke', 'contraceptive-pill', 'Cautions'],
  ['I missed my pill', 'contraceptive-pill', 'How to take it'],
  ['sertraline side effects', 'ssri-antidepressants', 'Side effects'],
  ['how long do antidepressants take to work', 'ssri-antidepressants'],
  ['omeprazole long term risks', 'proton-pump-inhibitors', 'Side effects'],
  ['do antihistamines make you drowsy', 'antihistamines', 'Side effects'],
  ['codeine constipation', 'opioids', 'Side effects'],
  ['should I take aspirin every day', 'aspirin'],
  ['who can get the shingles vaccine', 'shingles-vaccine', 'Who should get it'],
  ['flu jab side effects', 'flu-vaccine', 'Side effects'],
  ['does the MMR vaccine cause autism', 'mmr-vaccine', 'Side effects'],
  ['at what age is the HPV vaccine given', 'hpv-vaccine', 'Who should get it'],
  ['do I need a tetanus shot after stepping on a rusty nail', 'tetanus'],
  ['covid booster', 'covid-19-vaccine'],
  ['how many units of alcohol a week', 'alcohol-limits', 'How much is low risk'],
  ['how can I stop smoking', 'quit-smoking'],
  ['how much exercise should I do', 'physical-activity'],
  ['how many hours of sleep do I need', 'healthy-sleep'],
  ['what SPF sunscreen should I use', 'sun-protection'],
  ['how long should I wash my hands', 'hand-washing'],
  ['what is a healthy BMI', 'healthy-weight'],
  ['vaccines before travelling abroad', 'travel-health'],
  ['where should I keep my medicines', 'medicine-storage'],
  ['how do I get rid of old medicines', 'medicine-storage'],
  ['what screening tests should I have', 'screening-programmes'],
  ['what is a healthy diet', 'healthy-diet'],
  ['I feel stressed all the time', 'mental-wellbeing'],
  ['I feel tired all the time', 'tiredness'],
  ['my back hurts', 'back-pain'],
  ['I feel dizzy when I stand up', 'dizziness'],
  ['I have a sore throat', 'sore-throat'],
  ['cough for 4 weeks', 'cough'],
  ['I am short of breath', 'shortness-of-breath'],
  ['chest pain when should I call an ambulance', 'chest-pain', 'When to get help'],
  ['my child has diarrhoea and vomiting', 'diarrhoea-and-vomiting'],
  ['rash that does not fade under a glass', 'rash'],
  ['tummy ache', 'stomach-ache'],
  ['what is COPD', 'copd'],
  ['how is emphysema treated', 'copd', 'Treatment'],
  ['long covid', 'covid-19'],
  ['common cold treatment', 'common-cold', 'Treatment'],
  ['what is the difference between a cold and flu', 'flu'],
  ['loud snoring and stopping breathing at night', 'sleep-apnoea'],
  ['hay fever remedies', 'hay-fever', 'Treatment'],
  ['signs of anaphylaxis', 'allergies'],
  ['eczema cream', 'eczema'],
  ['is psoriasis contagious', 'psoriasis'],
  ['knee pain arthritis', 'osteoarthritis'],
  ['rheumatoid arthritis symptoms', 'rheumatoid-arthritis', 'Symptoms'],
  ['gout in big toe', 'gout'],
  ['what causes gout', 'gout', 'Causes and risks'],
  ['IBS diet', 'irritable-bowel-syndrome', 'Treatment'],
  ['what is chronic kidney disease', 'chronic-kidney-disease'],
  ['early signs of dementia', 'dementia', 'Symptoms'],
  ['alzheimers', 'dementia'],
  ['osteoporosis treatment', 'osteoporosis', 'Treatment'],
  ['how to lose weight', 'healthy-weight'],
  ['migraine with aura', 'migraine'],
  ['feeling depressed', 'depression'],
  ['panic attacks', 'anxiety'],
  ['lung cancer symptoms', 'lung-cancer', 'Symptoms'],
  ['mole changing shape', 'skin-cancer'],
  ['irregular heartbeat', 'atrial-fibrillation'],
  ['heart failure swollen ankles', 'heart-failure'],
  ['angina chest pain on exertion', 'angina'],
  ['high cholesterol', 'high-cholesterol'],
  ['what is hypertension', 'high-blood-pressure'],
  ['diabetes symptoms', 'type-2-diabetes', 'Symptoms'],
  ['type 1 diabetes', 'type-1-diabetes'],
  ['diabetis symtoms', 'type-2-diabetes', 'Symptoms'],
  ['pneumonia', 'pneumonia'],
  ['overactive thyroid', 'overactive-thyroid'],
  ['obesity', 'obesity'],
  ['stress test for heart', 'stress-test'],
  ['echo heart scan', 'echocardiogram'],
  ['bowel cancer screening kit', 'bowel-cancer-screening'],
  ['what is FIT', 'bowel-cancer-screening'],
  ['pneumonia vaccine', 'pneumococcal-vaccine'],
  ['lisinopril', 'ace-inhibitors'],
  ['bisoprolol side effects', 'beta-blockers', 'Side effects'],
  ['what is a DOAC', 'doacs'],
  ['metformin dose', 'metformin', 'How to take it'],
];

/** Off-topic questions, and medical questions the library does not cover. */
const UNKNOWN: readonly string[] = [
  'what is the capital of France',
  'fix my car',
  'who won the football',
  'treatment for Erdheim-Chester disease',
  'what is the dose of ivermectin for horses',
  'how do I bake bread',
  'symptoms of Kawasaki disease',
  'what causes acromegaly',
  'treatment for lung fibrosis',
  'side effects of tafamidis',
  'treatment for pancreatic cancer',
  'symptoms of diabetes in cats',
  'is paracetamol safe for my dog',
  'what is Fabry disease',
  'how is Whipple disease treated',
  'Huntington disease symptoms',
  'what is multiple sclerosis',
  'pain in my elbow',
  'write me a poem about the sea',
  'what is the weather tomorrow',
  'best laptop for gaming',
  'how tall is mount everest',
  'how do I change a tyre',
  'translate hello into spanish',
  'stock market tips',
  'recipe for chocolate cake',
  'is coffee bad for you',
  'where can I walk my dog',
  'symptoms',
  'treatment',
  'what is it',
  '',
  // Reaches "mastectomy" only by a two-letter typo allowance: anchored, but below MIN_ANSWER_SCORE.
  'vasectomy',
];

describe('createHealthLibrary().answer', () => {
  const cases = ANSWERED.map(([question, articleId, heading]) => ({ question, articleId, heading }));
  it.each(cases)('$question → $articleId $heading', ({ question, articleId, heading }) => {
    const reply = library.answer(question);
    expect(reply.kind).toBe('answer');
    if (reply.kind !== 'answer') return;
    expect(reply.article.id).toBe(articleId);
    if (heading !== undefined) expect(reply.section?.heading).toBe(heading);
    expect(reply.related.map((article) => article.id)).not.toContain(articleId);
    if (reply.section !== undefined) expect(reply.article.sections).toContain(reply.section);
  });

  it.each(UNKNOWN)('%s → unknown', (question) => {
    expect(library.answer(question)).toEqual({ kind: 'unknown' });
  });

  // The assistant offers "Tell me about <title>" for related articles; each must lead back to its article.
  it.each(HEALTH_ARTICLES.map((article) => [article.title, article.id] as const))(
    'Tell me about %s → %s',
    (title, articleId) => {
      const reply = library.answer(`Tell me about ${title}`);
      expect(reply.kind === 'answer' && reply.article.id).toBe(articleId);
    },
  );

  it('answers every in-scope question well above the score threshold', () => {
    for (const [question, articleId] of ANSWERED) {
      const match = library.search(question, 20).find((candidate) => candidate.article.id === articleId);
      expect(match?.score ?? 0, question).toBeGreaterThanOrEqual(MIN_ANSWER_SCORE * 1.5);
    }
  });

  it('offers related articles that share the topic', () => {
    const reply = library.answer('high blood pressure');
    expect(reply.kind === 'answer' && reply.related.map((article) => article.id)).toContain(
      'blood-pressure-test',
    );
  });
});

describe('createHealthLibrary().search', () => {
  it('ranks matches best first, with the section that fits, up to the limit', () => {
    const matches = library.search('what tests are there for chest pain', 3);
    expect(matches).toHaveLength(3);
    expect(matches[0]?.article.id).toBe('chest-pain-tests');
    expect(matches[0]?.section?.heading).toBe('Tests');
    const scores = matches.map((match) => match.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });

  it('returns nothing for text with no known words', () => {
    expect(library.search('zzzz qqqq')).toEqual([]);
  });
});

describe('createHealthLibrary(articles)', () => {
  it('answers from the articles it is given only', () => {
    const articles = [
      conditionArticle({
        id: 'chilblains',
        title: 'Chilblains',
        keywords: 'chilblains, cold toes, itchy toes in winter',
        summary:
          'Chilblains are small, itchy, painful swellings on the toes or fingers after being in the cold.',
        sections: {
          Symptoms:
            'Itchy, red or dark, swollen patches on the toes or fingers, often hours after cold exposure.',
          Treatment: 'Keep warm, avoid sudden heat, and do not scratch; most clear up within a few weeks.',
        },
        source: nhs('conditions/chilblains/', 'Chilblains'),
      }),
    ];
    const custom = createHealthLibrary(articles, { minAnswerScore: 0 });
    const reply = custom.answer('how do I treat chilblains');
    expect(reply.kind === 'answer' && reply.section?.heading).toBe('Treatment');
    expect(custom.answer('what is asthma')).toEqual({ kind: 'unknown' });
  });
});

describe('performance', () => {
  it('builds once and answers in well under 2 ms per question', () => {
    const buildStart = performance.now();
    const fresh = createHealthLibrary();
    const buildMs = performance.now() - buildStart;
    const questions = [...ANSWERED.map(([question]) => question), ...UNKNOWN];
    fresh.answer('warm up');
    const start = performance.now();
    const rounds = 5;
    for (let round = 0; round < rounds; round++) for (const question of questions) fresh.answer(question);
    const perQuestionMs = (performance.now() - start) / (rounds * questions.length);
    console.info(
      `health library: build ${buildMs.toFixed(1)} ms, answer ${perQuestionMs.toFixed(3)} ms/question`,
    );
    expect(perQuestionMs).toBeLessThan(2);
    expect(buildMs).toBeLessThan(1000);
  });
});
